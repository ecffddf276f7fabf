import JSON

/// One journal line: a compact JSON object whose last member is the CRC-32 of everything before it.
///
///     {"seq":7,"at":"…","user":"user_1","method":"lead.create","changes":[…],"crc":"1a2b3c4d"}
///
/// The checksum covers the bytes of the line up to (not including) `,"crc":"`, so a reader verifies a
/// line before parsing it, and a line cut short by a crash never passes.
public enum JournalLine {
    /// `,"crc":"` + 8 hex digits + `"}`.
    static let trailerLength = 18
    private static let trailerPrefix: [UInt8] = Array(#","crc":""#.utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Frames a compact JSON object (its bytes end with `}`) as a journal line, newline included.
    public static func frame(object: [UInt8]) -> [UInt8] {
        var line: [UInt8] = []
        append(object: object, to: &line)
        return line
    }

    /// Appends the framed line to `buffer` without intermediate copies (snapshots write millions).
    public static func append(object: [UInt8], to buffer: inout [UInt8]) {
        let bodyCount = max(object.count - 1, 0)
        let crc = object.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<bodyCount])) }
        buffer.append(contentsOf: object[0..<bodyCount])
        buffer.append(contentsOf: trailerPrefix)
        for shift in stride(from: 28, through: 0, by: -4) { buffer.append(hexDigits[Int((crc >> UInt32(shift)) & 0xF)]) }
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: "}"))
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Frames the object written into `writer` from `start` (a compact object, so its last byte is
    /// `}`) where it stands: the closing brace gives way to the checksum trailer and the newline.
    /// The same bytes as `append(object:to:)`, without the object's own array and its copy.
    public static func frameInPlace(objectFrom start: Int, in writer: inout JSONWriter) {
        let crc = writer.withBytes { written in
            CRC32.checksum(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: written[start..<max(written.count - 1, start)])))
        }
        writer.truncate(to: max(writer.count - 1, start))
        let room = writer.appendRoom(atLeast: trailerLength + 1)
        writeTrailer(crc: crc, at: room.baseAddress!)
        writer.didAppend(trailerLength + 1)
    }

    /// Writes the line's ending for a body whose checksum is `crc`: `,"crc":"1a2b3c4d"}` and the
    /// newline (`trailerLength + 1` bytes) at `target`.
    @inline(__always)
    static func writeTrailer(crc: UInt32, at target: UnsafeMutablePointer<UInt8>) {
        let prefix: StaticString = #","crc":""#
        ByteCopy.copy(prefix.utf8Start, to: target, prefix.utf8CodeUnitCount)
        let digits: StaticString = "0123456789abcdef"
        for index in 0..<8 {
            target[prefix.utf8CodeUnitCount + index] = digits.utf8Start[Int((crc >> UInt32(28 - 4 * index)) & 0xF)]
        }
        target[trailerLength - 2] = UInt8(ascii: "\"")
        target[trailerLength - 1] = UInt8(ascii: "}")
        target[trailerLength] = UInt8(ascii: "\n")
    }

    /// The object the line carries (without its crc member), or nil when the line is damaged.
    public static func unframe(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        let trailer = Array(line).withUnsafeBufferPointer { verifiedTrailer($0) }
        guard let trailer else { return nil }
        return Array(line.prefix(trailer)) + [UInt8(ascii: "}")]
    }

    /// Where the `,"crc":"…"}` trailer of a line (without its newline) starts, when the line is intact.
    static func verifiedTrailer(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line.count > trailerLength + 1, let base = line.baseAddress else { return nil }
        let trailerStart = line.count - trailerLength
        // `,"crc":"` is eight bytes: one word compare (iterating the prefix array cost more than
        // the rest of the check but the checksum).
        let prefix: StaticString = #","crc":""#
        guard UnsafeRawPointer(base + trailerStart).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(prefix.utf8Start).loadUnaligned(as: UInt64.self),
              line[line.count - 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "}") else { return nil }
        var stored: UInt32 = 0
        for index in (trailerStart + 8)..<(line.count - 2) {
            let byte = base[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            stored = stored << 4 | UInt32(digit)
        }
        guard CRC32.checksum(UnsafeRawBufferPointer(start: base, count: trailerStart)) == stored else { return nil }
        return trailerStart
    }
}
