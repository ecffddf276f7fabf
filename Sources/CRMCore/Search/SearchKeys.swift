/// The folded texts `search.global` matches a record by: its name, then up to two more (company,
/// e-mail, domain, handle), the empty ones left out.
///
/// Held inline rather than as an array, so indexing a record allocates nothing beyond the folded
/// strings themselves (a million leads meant a million small arrays at start-up).
struct SearchKeys: Sequence, Sendable {
    private var first: String?
    private var second: String?
    private var third: String?

    init(_ first: String?, _ second: String? = nil, _ third: String? = nil) {
        self.first = Self.folded(first)
        self.second = Self.folded(second)
        self.third = Self.folded(third)
    }

    private static func folded(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return TextFolding.fold(text)
    }

    struct Iterator: IteratorProtocol {
        fileprivate let keys: SearchKeys
        fileprivate var position = 0

        mutating func next() -> String? {
            while position < 3 {
                position += 1
                switch position {
                case 1: if let key = keys.first { return key }
                case 2: if let key = keys.second { return key }
                default: if let key = keys.third { return key }
                }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(keys: self) }
}
