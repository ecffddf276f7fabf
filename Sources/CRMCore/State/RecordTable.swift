/// Values keyed by record id, stored by kind and sequence number instead of hashed.
///
/// Ids are handed out per kind as 1, 2, 3, … and never reused, so a table is a dense array per kind
/// indexed by sequence. Loading 1M leads into `[RecordID: Lead]` hashed every id several times and
/// touched a bucket array of 2M entries at random (a third of start-up, and 600 MB); here an insert
/// is an append and a lookup an index. Ids far beyond a kind's dense run (an import that brings
/// `lead_900000` into a small store) go to a dictionary, so a stray large sequence never allocates
/// a huge array; they move into the dense run once it grows past them.
public struct RecordTable<Value> {
    /// `dense[kind.ordinal][sequence]`; slot 0 of each kind stays empty (sequences start at 1).
    private var dense: [[Value?]] = Array(repeating: [], count: RecordKind.allCases.count)
    private var sparse: [RecordID: Value] = [:]
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    public subscript(id: RecordID) -> Value? {
        get {
            let slots = id.kind.ordinal
            if id.sequence >= 0, id.sequence < dense[slots].count { return dense[slots][id.sequence] }
            return sparse.isEmpty ? nil : sparse[id]
        }
        set { replace(id, with: newValue) }
    }

    /// One member of the value at `id`, read in place through `member`: the subscript copies the
    /// whole value out (a retain and a release per text member) to read one field of it.
    public func read<Member>(_ id: RecordID, _ member: (Value) -> Member) -> Member? {
        let slots = id.kind.ordinal
        if id.sequence >= 0, id.sequence < dense[slots].count {
            return dense[slots].withUnsafeBufferPointer { $0[id.sequence].map(member) }
        }
        return sparse.isEmpty ? nil : sparse[id].map(member)
    }

    /// What the subscript's setter does, taking the value so it moves into its slot: binding the
    /// unwrapped value, swapping a copy in and destroying the leftovers copied a `Lead` once and
    /// destroyed it twice per `lead.create` (a retain and a release per text member), and testing
    /// an optional record for nil copied it to the stack.
    private mutating func replace(_ id: RecordID, with value: consuming Value?) {
        switch consume value {
        case .some(let value): put(value, at: id)
        case .none: remove(id)
        }
    }

    private mutating func put(_ value: consuming Value, at id: RecordID) {
        let slots = id.kind.ordinal
        let sequence = id.sequence
        if sequence >= 0, sequence < dense[slots].count {
            // Swapped in rather than compared then assigned: testing the old slot for nil would copy
            // the record out of it (a retain and release per string member).
            var previous: Value? = consume value
            swap(&previous, &dense[slots][sequence])
            if case .none = previous { count += 1 }
        } else if sequence >= 0, sequence <= Self.reach(dense[slots].count) {
            // Usually the next sequence: a new record is an append.
            if sequence > dense[slots].count { grow(id.kind, through: sequence - 1) }
            if sparse.isEmpty || sparse.removeValue(forKey: id) == nil { count += 1 }
            dense[slots].append(value)
        } else if sparse.updateValue(value, forKey: id) == nil {
            count += 1
        }
    }

    private mutating func remove(_ id: RecordID) {
        let slots = id.kind.ordinal
        if id.sequence >= 0, id.sequence < dense[slots].count {
            var previous: Value? = nil
            swap(&previous, &dense[slots][id.sequence])
            if case .some = previous { count -= 1 }
        } else if sparse.removeValue(forKey: id) != nil {
            count -= 1
        }
    }

    /// Makes room for `more` values of `kind` with the next sequences, so loading a store appends
    /// without regrowing.
    public mutating func reserveCapacity(_ more: Int, of kind: RecordKind) {
        dense[kind.ordinal].reserveCapacity(dense[kind.ordinal].count + more + 1)
    }

    /// The highest sequence a kind's dense run may reach in one step: twice its size plus some slack.
    private static func reach(_ denseCount: Int) -> Int { 2 * denseCount + 1024 }

    /// Extends `kind`'s dense run through `sequence`, moving in any sparse values it now covers.
    private mutating func grow(_ kind: RecordKind, through sequence: Int) {
        let slots = kind.ordinal
        let oldCount = dense[slots].count
        dense[slots].append(contentsOf: repeatElement(nil, count: sequence + 1 - oldCount))
        guard !sparse.isEmpty else { return }
        for (id, value) in sparse where id.kind == kind && id.sequence >= oldCount && id.sequence <= sequence {
            dense[slots][id.sequence] = value
            sparse[id] = nil
        }
    }
}

extension RecordTable: Sequence {
    public typealias Element = (key: RecordID, value: Value)

    /// Dense values by kind and sequence, then the sparse ones (in no particular order).
    public struct Iterator: IteratorProtocol {
        private let table: RecordTable
        private var kind = 0
        private var sequence = 0
        private var sparse: Dictionary<RecordID, Value>.Iterator

        init(_ table: RecordTable) {
            self.table = table
            sparse = table.sparse.makeIterator()
        }

        public mutating func next() -> Element? {
            while kind < table.dense.count {
                let slots = table.dense[kind]
                while sequence < slots.count {
                    defer { sequence += 1 }
                    if let value = slots[sequence] { return (RecordID(kind: RecordKind.byOrdinal[kind], sequence: sequence), value) }
                }
                kind += 1
                sequence = 0
            }
            return sparse.next()
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    /// Calls `body` with every value, in the order the iterator gives them. Where the caller is
    /// generic over the value type (list queries), iterating `values` looked the type's metadata up
    /// at every step, more than twice the time of a 20k-lead list; here the loop is one call.
    public func forEachValue(_ body: (Value) throws -> Void) rethrows {
        for slots in dense {
            try slots.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    if let value = buffer[index] { try body(value) }
                }
            }
        }
        for value in sparse.values { try body(value) }
    }

    public var underestimatedCount: Int { count }

    /// The values alone, as `Dictionary.values` gives them.
    public var values: Values { Values(table: self) }

    public struct Values: Sequence {
        let table: RecordTable

        public struct Iterator: IteratorProtocol {
            var entries: RecordTable.Iterator
            public mutating func next() -> Value? { entries.next()?.value }
        }

        public func makeIterator() -> Iterator { Iterator(entries: table.makeIterator()) }
        public var underestimatedCount: Int { table.count }

        /// The first value in iteration order (the only one, in a table of one).
        public var first: Value? {
            var iterator = makeIterator()
            return iterator.next()
        }
    }
}

extension RecordTable: Equatable where Value: Equatable {
    /// Same ids with equal values, however each table came to store them.
    public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension RecordTable: Sendable where Value: Sendable {}
