extension GlossaryEntry {
    /// The keys of an entry object, in the order of `readEntry`'s switch.
    private static let keys: [GlossaryByteReader.ObjectKey] = ([
        "id", "term", "abbreviation", "expansion", "aliases", "category", "scope", "definition", "whyItMatters",
        "formula", "phase", "related", "crmField", "letter",
    ] as [StaticString]).map(GlossaryByteReader.ObjectKey.init)
    /// The `keys` an entry must have (all but abbreviation, expansion, whyItMatters, formula, crmField).
    private static let requiredKeys: UInt32 = 0b10_1100_1111_0011

    /// Appends the entries of a file holding a JSON array of entries, read straight from its bytes.
    ///
    /// The entries are optional only so that loading can move them out of the file's array into the
    /// glossary's, leaving nils, instead of copying them (see `Glossary.joined`); none is nil.
    ///
    /// Throws (and leaves `entries` as it was) on anything the fast reader does not handle: an
    /// unknown key, a wrong type, bad JSON. The caller then reads the file with the strict path,
    /// which applies the same rules as `init(json:)` and reports where a broken file went wrong.
    static func appendEntries(
        from bytes: UnsafeBufferPointer<UInt8>, to entries: inout [GlossaryEntry?]
    ) throws(GlossaryFastPathMiss) {
        var reader = GlossaryByteReader(bytes)
        let start = entries.count
        do throws(GlossaryFastPathMiss) {
            try reader.expect(UInt8(ascii: "["))
            if !reader.consume(UInt8(ascii: "]")) {
                repeat {
                    entries.append(try readEntry(&reader))
                } while try reader.continues(before: UInt8(ascii: "]"))
            }
            guard reader.isAtEnd() else { throw GlossaryFastPathMiss() }
        } catch {
            entries.removeSubrange(start...)
            throw error
        }
    }

    /// One entry object, with `init(json:)`'s rules: optional fields absent or null, required ones
    /// present with the right type. Keys may come in any order, each once.
    private static func readEntry(_ reader: inout GlossaryByteReader) throws(GlossaryFastPathMiss) -> GlossaryEntry {
        try reader.expect(UInt8(ascii: "{"))
        var id = "", term = LocalizedText(en: "", ko: ""), definition = term, category = "", letter = ""
        var abbreviation: String?, expansion: String?, formula: String?, crmField: String?
        var whyItMatters: LocalizedText?, aliases = LocalizedList(), related = [String]()
        var scope = GlossaryScope.clover, phase = GlossaryPhase.v1
        var seen: UInt32 = 0
        if !reader.consume(UInt8(ascii: "}")) {
            repeat {
                let key = try reader.key(in: keys, expected: 32 - seen.leadingZeroBitCount)
                guard seen & 1 << key == 0 else { throw GlossaryFastPathMiss() }
                seen |= 1 << key
                switch key {
                case 0: id = try reader.string()
                case 1: term = try LocalizedText(reading: &reader)
                case 2: abbreviation = reader.consumeNull() ? nil : try reader.string()
                case 3: expansion = reader.consumeNull() ? nil : try reader.string()
                case 4: aliases = try LocalizedList(reading: &reader)
                case 5: category = try reader.string()
                case 6: scope = try rawValue(reading: &reader, in: scopes)
                case 7: definition = try LocalizedText(reading: &reader)
                case 8: whyItMatters = reader.consumeNull() ? nil : try LocalizedText(reading: &reader)
                case 9: formula = reader.consumeNull() ? nil : try reader.string()
                case 10: phase = try rawValue(reading: &reader, in: phases)
                case 11: related = try reader.strings()
                case 12: crmField = reader.consumeNull() ? nil : try reader.string()
                default: letter = try reader.string()
                }
            } while try reader.continues(before: UInt8(ascii: "}"))
        }
        guard seen & requiredKeys == requiredKeys else { throw GlossaryFastPathMiss() }
        return GlossaryEntry(
            id: id, term: term, abbreviation: abbreviation, expansion: expansion, aliases: aliases, category: category,
            scope: scope, definition: definition, whyItMatters: whyItMatters, formula: formula, phase: phase,
            related: related, crmField: crmField, letter: letter)
    }

    private static let scopes = RawValueBytes<GlossaryScope>()
    private static let phases = RawValueBytes<GlossaryPhase>()

    /// Reads an enum value, one of `known`'s raw values; anything else ends the fast path (a value
    /// the strict path also refuses, or one it reads through escapes).
    private static func rawValue<Value>(
        reading reader: inout GlossaryByteReader, in known: RawValueBytes<Value>
    ) throws(GlossaryFastPathMiss) -> Value {
        guard let value = known.value(of: try reader.unescapedStringBytes()) else { throw GlossaryFastPathMiss() }
        return value
    }
}

extension LocalizedText {
    fileprivate init(reading reader: inout GlossaryByteReader) throws(GlossaryFastPathMiss) {
        var texts: (en: String?, ko: String?) = (nil, nil)
        try reader.expect(UInt8(ascii: "{"))
        if !reader.consume(UInt8(ascii: "}")) {
            repeat {
                if try reader.languageKey() == 0 {
                    guard texts.en == nil else { throw GlossaryFastPathMiss() }
                    texts.en = try reader.string()
                } else {
                    guard texts.ko == nil else { throw GlossaryFastPathMiss() }
                    texts.ko = try reader.string()
                }
            } while try reader.continues(before: UInt8(ascii: "}"))
        }
        guard let en = texts.en, let ko = texts.ko else { throw GlossaryFastPathMiss() }
        self.init(en: en, ko: ko)
    }
}

extension LocalizedList {
    fileprivate init(reading reader: inout GlossaryByteReader) throws(GlossaryFastPathMiss) {
        var lists: (en: [String]?, ko: [String]?) = (nil, nil)
        try reader.expect(UInt8(ascii: "{"))
        if !reader.consume(UInt8(ascii: "}")) {
            repeat {
                if try reader.languageKey() == 0 {
                    guard lists.en == nil else { throw GlossaryFastPathMiss() }
                    lists.en = try reader.strings()
                } else {
                    guard lists.ko == nil else { throw GlossaryFastPathMiss() }
                    lists.ko = try reader.strings()
                }
            } while try reader.continues(before: UInt8(ascii: "}"))
        }
        guard let en = lists.en, let ko = lists.ko else { throw GlossaryFastPathMiss() }
        self.init(en: en, ko: ko)
    }
}
