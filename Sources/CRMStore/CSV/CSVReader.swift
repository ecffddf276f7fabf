/// An RFC 4180 reader that takes its input in pieces, as a pure value with no IO.
///
/// Spreadsheet exports are what `admin.import` reads, so it accepts what they write: quoted fields
/// with doubled quotes, commas and line breaks inside quotes, CRLF, LF or CR line ends, and a UTF-8
/// byte order mark. Each record carries the physical line it starts on, so a bad row can be named
/// by the line a person sees in their editor. Blank lines are skipped. Being fed byte by byte gives
/// the same records as being fed everything at once (the tests split input at every boundary).
public struct CSVReader: Sendable {
    /// One row: its fields and the 1-based physical line where it starts.
    public struct Record: Hashable, Sendable {
        public var fields: [String]
        public var line: Int

        public init(fields: [String], line: Int) {
            self.fields = fields
            self.line = line
        }
    }

    private enum Position { case fieldStart, unquoted, quoted, quoteInQuoted }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    private var position = Position.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    /// Bytes held back while they could still be the start of a byte order mark.
    private var head: [UInt8] = []
    private var headDone = false
    private var line = 1
    private var recordLine = 1
    private var afterCR = false
    /// Whether the current record opened a quoted field (so `""` on its own line is not blank).
    private var startedWithQuote = false
    private var records: [Record] = []

    public init() {}

    /// Reads a whole text at once.
    public static func read(_ text: String) throws(CSVError) -> [Record] {
        var reader = CSVReader()
        reader.feed(Array(text.utf8))
        return try reader.finish()
    }

    /// Consumes more input; complete records are kept until `finish` or `takeRecords`.
    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if headDone {
                consume(byte)
                continue
            }
            head.append(byte)
            if head == Self.byteOrderMark {
                head = []
                headDone = true
            } else if !Self.byteOrderMark.starts(with: head) {
                headDone = true
                let held = head
                head = []
                for held in held { consume(held) }
            }
        }
    }

    /// The records completed so far (for streaming callers).
    public mutating func takeRecords() -> [Record] {
        defer { records = [] }
        return records
    }

    /// Ends the input: the last record needs no line break, an open quote is an error.
    public mutating func finish() throws(CSVError) -> [Record] {
        if !headDone {
            headDone = true
            let held = head
            head = []
            for byte in held { consume(byte) }
        }
        if position == .quoted { throw CSVError(line: recordLine, reason: "a quoted field is not closed") }
        if position != .fieldStart || !field.isEmpty || !fields.isEmpty { endRecord() }
        return takeRecords()
    }

    private mutating func consume(_ byte: UInt8) {
        let wasAfterCR = afterCR
        afterCR = byte == Self.cr
        if byte == Self.lf && wasAfterCR && position != .quoted {
            return  // the LF of a CRLF that already ended the record
        }
        if byte == Self.lf && !wasAfterCR || byte == Self.cr { line += 1 }
        if byte == Self.lf && wasAfterCR && position == .quoted {
            field.append(byte)
            return
        }
        switch position {
        case .quoted:
            if byte == Self.quote { position = .quoteInQuoted } else { field.append(byte) }
        case .quoteInQuoted:
            if byte == Self.quote {
                field.append(byte)
                position = .quoted
            } else {
                position = .unquoted  // text after a closing quote is kept as written
                delimit(byte)
            }
        case .fieldStart:
            if byte == Self.quote {
                position = .quoted
                startedWithQuote = true
            } else {
                position = .unquoted
                delimit(byte)
            }
        case .unquoted:
            delimit(byte)
        }
    }

    /// A byte outside quotes: a separator, a line end, or data.
    private mutating func delimit(_ byte: UInt8) {
        switch byte {
        case Self.comma:
            endField()
            position = .fieldStart
        case Self.cr, Self.lf:
            if position == .unquoted && field.isEmpty && fields.isEmpty && !startedWithQuote {
                recordLine = line  // a blank line
            } else {
                endRecord()
            }
            position = .fieldStart
        default:
            field.append(byte)
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field = []
    }

    private mutating func endRecord() {
        endField()
        records.append(Record(fields: fields, line: recordLine))
        fields = []
        recordLine = line
        startedWithQuote = false
    }
}

/// Input that cannot be split into records (only an unclosed quote: everything else is read leniently).
public struct CSVError: Error, Hashable, Sendable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
