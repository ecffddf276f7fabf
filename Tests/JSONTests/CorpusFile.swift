import Foundation

/// Reads a corpus file beside this source: one case a line, `left<TAB>=><TAB>right`, raw bytes.
enum CorpusFile {
    static func cases(_ name: String) throws -> [(left: [UInt8], right: [UInt8])] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name)")
        let data = try Data(contentsOf: url)
        let separator: [UInt8] = Array("\t=>\t".utf8)
        return data.split(separator: UInt8(ascii: "\n")).map { line in
            let bytes = Array(line)
            guard let range = bytes.firstRange(of: separator) else { return (bytes, []) }
            return (Array(bytes[..<range.lowerBound]), Array(bytes[range.upperBound...]))
        }
    }
}
