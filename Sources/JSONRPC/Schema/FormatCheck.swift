/// The string formats a schema can require. Strict on purpose: `2026-02-30` is not a date.
enum FormatCheck {
    static func matches(_ string: String, _ format: JSONSchema.Format) -> Bool {
        switch format {
        case .date: isDate(Array(string.utf8))
        case .dateTime: isDateTime(Array(string.utf8))
        case .email: isEmail(string)
        case .currency: string.utf8.count == 3 && string.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        case .uri: string.contains(":") && !string.contains(" ")
        }
    }

    /// `YYYY-MM-DD`, a real calendar date.
    static func isDate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return false }
        return (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// RFC 3339: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    static func isDateTime(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 20, isDate(Array(bytes[0..<10])), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]), let second = number(bytes[17..<19]),
            hour < 24, minute < 60, second < 61
        else { return false }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > digitsStart else { return false }
        }
        guard index < bytes.count else { return false }
        let zone = Array(bytes[index...])
        if zone == [UInt8(ascii: "Z")] || zone == [UInt8(ascii: "z")] { return true }
        guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":"),
            let zoneHour = number(zone[1..<3]), let zoneMinute = number(zone[4..<6])
        else { return false }
        return zoneHour < 24 && zoneMinute < 60
    }

    static func isEmail(_ string: String) -> Bool {
        if let ascii = isASCIIEmail(string) { return ascii }
        let parts = string.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !string.contains { $0.isWhitespace }
    }

    /// `isEmail` for ASCII text, byte by byte (splitting into Characters was a fifth of a
    /// `lead.create`): in ASCII every byte is its own Character except CR LF, and the only
    /// whitespace is tab to carriage return and space. Nil for other text.
    private static func isASCIIEmail(_ string: String) -> Bool? {
        var string = string
        return string.withUTF8 { bytes -> Bool? in
            var at: Int? = nil
            var valid = true
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) { valid = false }
                if byte == UInt8(ascii: "@") {
                    if at != nil { valid = false }
                    at = index
                }
            }
            guard valid, let at, at > 0 else { return false }
            let domain = bytes[(at + 1)...]
            return domain.contains(UInt8(ascii: ".")) && domain.first != UInt8(ascii: ".") && domain.last != UInt8(ascii: ".")
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
