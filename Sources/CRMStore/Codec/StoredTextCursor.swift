import CRMCore
import JSON

/// Writes the pieces of a stored record through a pointer into room a `JSONWriter` handed out
/// (`appendRoom(atLeast:)`), with no call, uniqueness or capacity check per piece.
///
/// Going through the writer piece by piece (a key, a value, a quote) cost some fifty to a hundred
/// instructions a piece (`key(_:)` alone about 85), and a lead line is some sixty pieces. The cursor only checks room where a piece's length is
/// not known in advance (text): the caller keeps `slack` bytes free for everything else (see
/// `JournalLineEncoder`). Text that needs escaping is refused rather than escaped, so the escaping
/// rules stay in `JSONWriter` alone: the caller then writes the record the general way.
struct StoredTextCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>
    let end: UnsafeMutablePointer<UInt8>
    /// Bytes a text piece must leave free after it: the most the fixed pieces of a record and its
    /// line ending can take between two text pieces.
    let slack: Int

    init(_ room: UnsafeMutableBufferPointer<UInt8>, slack: Int) {
        position = room.baseAddress!
        end = position + room.count
        self.slack = slack
    }

    var hasSlack: Bool { end - position >= slack }

    /// A run known when the program was built: a key with its quotes, colon and the comma before it.
    @inline(__always)
    mutating func put(_ run: StaticString) {
        let length = run.utf8CodeUnitCount
        if length > 16, length <= 32 {
            // Two overlapping 16-byte copies: longer keys (`,"disqualifiedReason":`) would call memcpy.
            ByteCopy.copy(run.utf8Start, to: position, 16)
            ByteCopy.copy(run.utf8Start + (length - 16), to: position + (length - 16), 16)
        } else {
            ByteCopy.copy(run.utf8Start, to: position, length)
        }
        position += length
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// The decimal digits of `value` (with `-` when negative), as `JSONWriter.writeDigits` writes them.
    mutating func putDigits(_ value: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The length first, by comparison (a division per digit cost more), then two digits per
        // division from the back.
        var digits = 1
        var bound: UInt = 10
        while digits < 20, magnitude >= bound {
            digits += 1
            bound = bound &* 10
        }
        let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        var index = digits
        while magnitude >= 10 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            index &-= 2
            position[index] = pairs.utf8Start[pair]
            position[index &+ 1] = pairs.utf8Start[pair &+ 1]
        }
        if index > 0 { position[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude) }
        position += digits
    }

    /// `"lead_42"`: the id's `description` in quotes (ids never need escaping).
    mutating func putQuoted(_ id: RecordID) {
        put(UInt8(ascii: "\""))
        put(id.kind.prefixText)
        put(UInt8(ascii: "_"))
        putDigits(id.sequence)
        put(UInt8(ascii: "\""))
    }

    mutating func putQuoted(_ id: RecordID?) {
        if let id { putQuoted(id) } else { put("null") }
    }

    /// `"2026-11-22T09:00:00Z"`: the time's `rfc3339` in quotes, through the writer's cache.
    mutating func putQuoted(_ time: Timestamp, _ cache: inout RFC3339TextCache) {
        put(UInt8(ascii: "\""))
        let length = cache.write(time, to: position)
        position += length
        put(UInt8(ascii: "\""))
    }

    mutating func putQuoted(_ time: Timestamp?, _ cache: inout RFC3339TextCache) {
        if let time { putQuoted(time, &cache) } else { put("null") }
    }

    /// `"text"` when the text needs no escaping and fits with `slack` to spare; false otherwise
    /// (perhaps having written part of it: the caller drops the line).
    mutating func putQuoted(_ text: String) -> Bool {
        // Read in place, without the copy (and its retain and release) `withUTF8` needs; every
        // native string gives its bytes, others take the general path.
        let written = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count + 2 + slack <= end - position else { return false }
            position[0] = UInt8(ascii: "\"")
            guard PlainJSONText.copyIfPlain(utf8, to: position + 1) else { return false }
            position[utf8.count + 1] = UInt8(ascii: "\"")
            position += utf8.count + 2
            return true
        }
        return written ?? false
    }

    mutating func putQuoted(_ text: String?) -> Bool {
        guard let text else {
            put("null")
            return true
        }
        return putQuoted(text)
    }
}
