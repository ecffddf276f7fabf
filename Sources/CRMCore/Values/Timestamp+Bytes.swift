/// RFC 3339 straight from and into bytes: journal replay parses three or four times per record and
/// every stored or wire record writes as many, so neither side builds an intermediate `String` or
/// `[UInt8]` (that allocation and the string appends were most of the cost of both).
extension Timestamp {
    /// Room for the longest text `rfc3339` can produce: Int64 milliseconds reach ±292 million
    /// years (a sign and 9 digits), plus `-MM-DDTHH:MM:SS.sssZ`.
    public static let maximumRFC3339Length = 34

    /// Parses RFC 3339 from UTF-8 bytes (what `init?(rfc3339:)` does for a `String`).
    public init?(rfc3339Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 20,
              let year = ASCIIDigits.number(bytes, 0, 4), bytes[4] == 0x2D,
              let month = ASCIIDigits.number(bytes, 5, 2), bytes[7] == 0x2D,
              let day = ASCIIDigits.number(bytes, 8, 2),
              bytes[10] == 0x54 || bytes[10] == 0x74,
              let hour = ASCIIDigits.number(bytes, 11, 2), bytes[13] == 0x3A,
              let minute = ASCIIDigits.number(bytes, 14, 2), bytes[16] == 0x3A,
              let second = ASCIIDigits.number(bytes, 17, 2),
              (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var millis = 0
        if bytes[index] == 0x2E {
            index += 1
            var digitCount = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if digitCount < 3 { millis = millis * 10 + Int(bytes[index] - 0x30) }
                digitCount += 1
                index += 1
            }
            guard digitCount > 0 else { return nil }
            for _ in digitCount..<max(digitCount, 3) { millis *= 10 }
        }
        guard index < bytes.count else { return nil }
        var offsetMinutes = 0
        switch bytes[index] {
        case 0x5A, 0x7A:
            guard index + 1 == bytes.count else { return nil }
        case 0x2B, 0x2D:
            guard index + 6 == bytes.count,
                  let offsetHours = ASCIIDigits.number(bytes, index + 1, 2), bytes[index + 3] == 0x3A,
                  let offsetMins = ASCIIDigits.number(bytes, index + 4, 2), offsetHours < 24, offsetMins < 60
            else { return nil }
            offsetMinutes = (offsetHours * 60 + offsetMins) * (bytes[index] == 0x2D ? -1 : 1)
        default:
            return nil
        }
        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        self.milliseconds = seconds * 1000 + Int64(millis)
    }

    /// Hands the `rfc3339` text to `body` from a buffer on the stack: no String, no array.
    public func withRFC3339Text<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return body(UnsafeBufferPointer(rebasing: buffer[..<writeRFC3339(into: buffer)]))
        }
    }

    /// Writes the `rfc3339` text at the start of `buffer` (at least `maximumRFC3339Length` bytes) and
    /// returns its length.
    func writeRFC3339(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let (wholeSeconds, millis) = CivilCalendar.floorDivide(milliseconds, 1000)
        let count = Timestamp.writeRFC3339Seconds(wholeSeconds, into: buffer)
        return Timestamp.writeRFC3339Ending(millis: Int(millis), into: buffer.baseAddress! + count) + count
    }

    /// Writes `2026-11-22T09:00:00`, the text of a whole second since the epoch up to (not including)
    /// its fraction and `Z`; returns its length. It is the costly part (the calendar conversion), so
    /// `RFC3339TextCache` keeps it for the second it last wrote.
    static func writeRFC3339Seconds(_ wholeSeconds: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let (days, secondOfDay) = CivilCalendar.floorDivide(wholeSeconds, 86_400)
        let date = CivilCalendar.date(days: Int(days))
        let seconds = Int(secondOfDay)
        var count = ASCIIDigits.write(date.year, width: 4, into: buffer, at: 0)
        buffer[count] = UInt8(ascii: "-")
        count = ASCIIDigits.write(date.month, width: 2, into: buffer, at: count + 1)
        buffer[count] = UInt8(ascii: "-")
        count = ASCIIDigits.write(date.day, width: 2, into: buffer, at: count + 1)
        buffer[count] = UInt8(ascii: "T")
        count = ASCIIDigits.write(seconds / 3600, width: 2, into: buffer, at: count + 1)
        buffer[count] = UInt8(ascii: ":")
        count = ASCIIDigits.write(seconds / 60 % 60, width: 2, into: buffer, at: count + 1)
        buffer[count] = UInt8(ascii: ":")
        return ASCIIDigits.write(seconds % 60, width: 2, into: buffer, at: count + 1)
    }

    /// Writes what follows the seconds: `.250Z` when there are milliseconds, else `Z`; returns its
    /// length (5 or 1).
    @inline(__always)
    static func writeRFC3339Ending(millis: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        guard millis != 0 else {
            target[0] = UInt8(ascii: "Z")
            return 1
        }
        target[0] = UInt8(ascii: ".")
        target[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: millis / 100)
        target[2] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: millis / 10 % 10)
        target[3] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: millis % 10)
        target[4] = UInt8(ascii: "Z")
        return 5
    }
}

extension ASCIIDigits {
    /// Reads `count` ASCII digits starting at `index`; nil if any is not a digit.
    @inline(__always)
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Writes `value` as `append(_:width:to:)` does (its decimal text, sign included, zero-padded on
    /// the left to `width`) at `index`; returns the index after it.
    static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        var magnitude = value.magnitude
        var digits = 0
        repeat {
            digits += 1
            magnitude /= 10
        } while magnitude > 0
        let textLength = digits + (value < 0 ? 1 : 0)
        var position = index
        for _ in textLength..<max(textLength, width) {
            buffer[position] = UInt8(ascii: "0")
            position += 1
        }
        if value < 0 {
            buffer[position] = UInt8(ascii: "-")
            position += 1
        }
        magnitude = value.magnitude
        var end = position + digits
        let after = end
        repeat {
            end -= 1
            buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return after
    }
}
