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

    /// Frames a compact JSON object (its bytes end with `}`) as a journal line, newline included.
    public static func frame(object: [UInt8]) -> [UInt8] {
        var line = Array(object.dropLast())
        let crc = CRC32.checksum(line)
        line += trailerPrefix
        line += Array(CRC32.hex(crc).utf8)
        line += [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\n")]
        return line
    }

    /// The object the line carries (without its crc member), or nil when the line is damaged.
    public static func unframe(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        guard line.count > trailerLength + 1 else { return nil }
        let trailerStart = line.endIndex - trailerLength
        guard line[trailerStart..<(trailerStart + trailerPrefix.count)].elementsEqual(trailerPrefix),
            line[line.endIndex - 2] == UInt8(ascii: "\""), line[line.endIndex - 1] == UInt8(ascii: "}")
        else { return nil }
        let hexStart = trailerStart + trailerPrefix.count
        guard let stored = UInt32(String(decoding: line[hexStart..<(hexStart + 8)], as: UTF8.self), radix: 16) else { return nil }
        let body = line[line.startIndex..<trailerStart]
        guard CRC32.checksum(body) == stored else { return nil }
        return Array(body) + [UInt8(ascii: "}")]
    }
}
