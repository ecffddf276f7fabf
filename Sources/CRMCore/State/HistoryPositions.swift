/// Where one record's changes sit in the change log, oldest first.
///
/// Most records change once (created and never edited), so the first position is held inline and
/// only later ones take an array: a million records used to mean a million one-element arrays.
struct HistoryPositions: Sequence, Sendable {
    /// -1 for `none`.
    private let first: Int
    private var later: [Int] = []

    init(_ first: Int) {
        self.first = first
    }

    /// No positions: what a record that never changed has.
    static let none = HistoryPositions(-1)

    mutating func append(_ position: Int) {
        later.append(position)
    }

    struct Iterator: IteratorProtocol {
        fileprivate let positions: HistoryPositions
        /// -1 before the first position, then an index into `later`.
        fileprivate var index = -1

        mutating func next() -> Int? {
            defer { index += 1 }
            if index < 0 { return positions.first < 0 ? nil : positions.first }
            return index < positions.later.count ? positions.later[index] : nil
        }
    }

    func makeIterator() -> Iterator { Iterator(positions: self) }
}
