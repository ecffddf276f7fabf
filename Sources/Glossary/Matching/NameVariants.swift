/// The forms of a name people type, each indexed as a name of its own.
enum NameVariants {
    /// Calls `body` with a name and the shorter forms people type for it: without parenthesised parts
    /// ("연간 계약 가치(ACV)" → "연간 계약 가치", "License Status (Phase 2)" → "License Status"), and each
    /// item of a spaced " / " or " · " list ("New / Expansion / Renewal" → "Renewal"), flagged as a
    /// list item since it names only part of the term. Most names have neither; one scan tells.
    static func forEach(of name: String, _ body: (_ variant: String, _ isListItem: Bool) -> Void) {
        // Works on UTF-8 throughout: building the variants scalar by scalar was over a tenth of
        // indexing the names.
        var utf8 = name
        let itemRanges: [Range<Int>]? = utf8.withUTF8 { bytes in
            guard mayHaveVariants(bytes) else { return nil }
            var items = [Range<Int>]()
            // Most names found here are no list ("A/B Testing", "연간 계약 가치(ACV)"): a name is
            // split (into an array) only when it has the separator.
            for separator in [listSlash, listMiddleDot] where contains(bytes, separator) {
                let found = components(of: bytes, separator: separator)
                if found.count > 1 { items += found }
            }
            return items
        }
        guard let itemRanges else {
            body(name, false)
            return
        }
        // Each part, then its form without parentheses when that differs (made only when it may).
        func visit(_ part: String, _ isListItem: Bool) {
            body(part, isListItem)
            guard mayDifferWithoutParentheses(part) else { return }
            let bare = withoutParentheses(part)
            if bare != part && !bare.isEmpty { body(bare, isListItem) }
        }
        visit(name, false)
        for range in itemRanges { visit(part(of: name, utf8Offsets: range), true) }
    }

    /// Whether `withoutParentheses(name)` may differ from `name`: it has a bracket, "(" or ")", or
    /// a full-width one (EF BC 88 / 89), both of which it drops, or a space at either end, which
    /// it trims. A byte scan, so that a name such as "A/B Testing"
    /// skips making the string and comparing it.
    private static func mayDifferWithoutParentheses(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first == 0x20 || last == 0x20 || bytes.contains { $0 == 0x28 || $0 == 0x29 || $0 == 0xEF }
        }
    }

    /// Whether `bytes` has `separator` anywhere.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ separator: [UInt8]) -> Bool {
        guard bytes.count >= separator.count else { return false }
        for index in 0...(bytes.count - separator.count)
        where bytes[index] == separator[0] && bytes[index..<index + separator.count].elementsEqual(separator) {
            return true
        }
        return false
    }

    /// The list separators in UTF-8: " / " and " · " (the middle dot is C2 B7). Both start with a
    /// space, an ASCII byte, so a byte match is always a match of whole characters.
    private static let listSlash: [UInt8] = [0x20, 0x2F, 0x20]
    private static let listMiddleDot: [UInt8] = [0x20, 0xC2, 0xB7, 0x20]

    /// Whether `name` has a "/", "·", "(" or "（": a byte scan, as most names have none (scanning
    /// scalars was a tenth of building the name table). "·" is C2 B7 and "（" EF BC 88 in UTF-8.
    private static func mayHaveVariants(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.contains { $0 == 0x2F || $0 == 0x28 || $0 == 0xC2 || $0 == 0xEF }
    }

    /// How much a match on a list item is worth against one on the whole name: "renewal" means the
    /// Renewal entry more surely than "New / Expansion / Renewal".
    static let listItemWeight = 0.85

    /// The parts of `bytes` between occurrences of `separator`, each trimmed of spaces, as byte
    /// ranges; parts empty before trimming are dropped.
    private static func components(of bytes: UnsafeBufferPointer<UInt8>, separator: [UInt8]) -> [Range<Int>] {
        var parts = [Range<Int>](), partStart = 0, index = 0
        func appendPart(upTo end: Int) {
            if end > partStart { parts.append(trimmingSpaces(bytes, partStart..<end)) }
        }
        while index + separator.count <= bytes.count {
            // Both separators start with a space: most bytes are ruled out by that one comparison,
            // where comparing the slice at every byte was most of indexing a listed name.
            if bytes[index] == separator[0], bytes[index..<index + separator.count].elementsEqual(separator) {
                appendPart(upTo: index)
                index += separator.count
                partStart = index
            } else {
                index += 1
            }
        }
        appendPart(upTo: bytes.count)
        return parts
    }

    /// The part of `name` at these UTF-8 offsets, which fall next to ASCII bytes and so on scalar
    /// boundaries. Copied from the string rather than decoded from its bytes, so its UTF-8 is not
    /// validated a second time.
    private static func part(of name: String, utf8Offsets range: Range<Int>) -> String {
        let utf8 = name.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(name.unicodeScalars[start..<end])
    }

    /// `name` with every "(…)" or "（…）" group removed and spaces trimmed. The full-width brackets
    /// are EF BC 88 and EF BC 89 in UTF-8; dropping whole characters keeps the bytes valid.
    private static func withoutParentheses(_ name: String) -> String {
        var name = name
        return name.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { kept in
                var count = 0, depth = 0, index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let isFullWidth = byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC
                    if byte == 0x28 || (isFullWidth && bytes[index + 2] == 0x88) {
                        depth += 1
                    } else if byte == 0x29 || (isFullWidth && bytes[index + 2] == 0x89) {
                        depth = max(0, depth - 1)
                    } else {
                        // Copy the whole character: its bytes are kept or dropped together.
                        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                        if depth == 0 {
                            for offset in 0..<min(length, bytes.count - index) { kept[count + offset] = bytes[index + offset] }
                            count += min(length, bytes.count - index)
                        }
                        index += length
                        continue
                    }
                    index += byte < 0x80 ? 1 : 3
                }
                return trimmingSpaces(UnsafeBufferPointer(rebasing: kept[..<count]))
            }
        }
    }

    /// `bytes` as a string without leading and trailing spaces (U+0020 only).
    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmingSpaces(bytes, bytes.indices)]), as: UTF8.self)
    }

    /// `range` of `bytes` without leading and trailing spaces (U+0020 only).
    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }
}
