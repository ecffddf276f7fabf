extension CompiledQuery.Filter {
    /// Whether a record's field value passes this filter.
    func matches(_ actual: FieldValue) -> Bool {
        switch op {
        case .eq: return values.first.map { equal(actual, $0) } ?? false
        case .ne: return values.first.map { !equal(actual, $0) } ?? true
        case .in: return values.contains { equal(actual, $0) }
        case .contains, .prefix:
            guard case .string(let text) = actual else { return false }
            let folded = TextFolding.fold(text)
            return op == .contains ? folded.contains(foldedText) : folded.hasPrefix(foldedText)
        case .gt, .gte, .lt, .lte:
            guard let wanted = values.first, actual != .null, wanted != .null else { return false }
            let order = compareForRange(actual, wanted)
            switch op {
            case .gt: return order > 0
            case .gte: return order >= 0
            case .lt: return order < 0
            default: return order <= 0
            }
        }
    }

    private func equal(_ actual: FieldValue, _ wanted: FieldValue) -> Bool {
        if case .money(let money) = actual, case .money(let amount) = wanted { return money.cents == amount.cents }
        return actual == wanted
    }

    /// Money compares by amount (in the record's currency); everything else by its natural order.
    private func compareForRange(_ actual: FieldValue, _ wanted: FieldValue) -> Int {
        if case .money(let money) = actual, case .money(let amount) = wanted {
            return money.cents == amount.cents ? 0 : (money.cents < amount.cents ? -1 : 1)
        }
        return FieldValue.compare(actual, wanted)
    }
}

extension CompiledQuery.Sort {
    /// The value sorted on: ids by number (so `lead_10` follows `lead_9`), text case- and accent-folded.
    func key(_ value: FieldValue) -> FieldValue {
        switch (kind, value) {
        case (.id, .string(let text)):
            return RecordID(text).map { .int(Int64($0.sequence)) } ?? value
        case (.string, .string(let text)):
            return .string(TextFolding.fold(text))
        default:
            return value
        }
    }
}
