import CRMStore
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    static let spreadsheet = "\u{FEFF}name,company,notes\r\n\"Kim, Minji\",\"무신사\",\"line one\r\nline \"\"two\"\"\"\r\n\r\nLee,,plain\r\n"

    static let expected = [
        CSVReader.Record(fields: ["name", "company", "notes"], line: 1),
        CSVReader.Record(fields: ["Kim, Minji", "무신사", "line one\r\nline \"two\""], line: 2),
        CSVReader.Record(fields: ["Lee", "", "plain"], line: 5),
    ]

    @Test func readsQuotingBOMAndKorean() throws {
        #expect(try CSVReader.read(Self.spreadsheet) == Self.expected)
    }

    @Test func sameRecordsWhenSplitAtEveryByte() throws {
        let bytes = Array(Self.spreadsheet.utf8)
        for split in 0...bytes.count {
            var reader = CSVReader()
            reader.feed(bytes[..<split])
            reader.feed(bytes[split...])
            #expect(try reader.finish() == Self.expected, "split at \(split)")
        }
        var oneByOne = CSVReader()
        for byte in bytes { oneByOne.feed([byte]) }
        #expect(try oneByOne.finish() == Self.expected)
    }

    @Test(arguments: [
        ("a,b\nc,d", [["a", "b"], ["c", "d"]], [1, 2]),
        ("a\rb\r", [["a"], ["b"]], [1, 2]),
        ("a,\n", [["a", ""]], [1]),
        ("\"\"\nx", [[""], ["x"]], [1, 2]),
        ("\n\nx\n", [["x"]], [3]),
        ("\"a\nb\",c\nd", [["a\nb", "c"], ["d"]], [1, 3]),
        ("", [], []),
        ("\u{FEFF}", [], []),
        ("\u{FEFF}x", [["x"]], [1]),
    ] as [(String, [[String]], [Int])])
    func shapes(text: String, fields: [[String]], lines: [Int]) throws {
        let records = try CSVReader.read(text)
        #expect(records.map(\.fields) == fields)
        #expect(records.map(\.line) == lines)
    }

    @Test func anUnclosedQuoteNamesTheLineItStartsOn() {
        #expect(throws: CSVError(line: 2, reason: "a quoted field is not closed")) {
            try CSVReader.read("a\n\"open\nstill open")
        }
    }
}

@Suite("CSV writer")
struct CSVWriterTests {
    @Test func quotesOnlyWhatMustBeQuoted() {
        var writer = CSVWriter()
        writer.append(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", "한국어", ""])
        #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",한국어,\r\n")
        #expect(writer.rows == 1)
    }

    @Test func readsBackWhatItWrites() throws {
        let rows = [["id", "name"], ["lead_1", "Kim, \"Minji\"\r\n김민지"], ["lead_2", ""]]
        var writer = CSVWriter()
        for row in rows { writer.append(row) }
        #expect(try CSVReader.read(writer.text).map(\.fields) == rows)
    }
}
