/// A JSON object that keeps its members in the order they were written.
///
/// Objects on this wire are small (a request's params, a record), so lookups scan the member list;
/// that beats hashing for a dozen keys and keeps the order a client sent.
public struct JSONObject: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; assigning `nil` removes the member, assigning a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            // By index, so only the matching member's value is copied out (a `for member in`
            // loop copied every member, key and value, with their retains).
            members.withUnsafeBufferPointer { members in
                for index in members.indices where Self.sameKey(members[index].key, key) { return members[index].value }
                return nil
            }
        }
        set {
            if let index = members.firstIndex(where: { Self.sameKey($0.key, key) }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Whether two member names are the same. Names of different UTF-8 lengths differ (JSON
    /// compares names code unit by code unit), and that check alone settles nearly every
    /// comparison of a lookup: `==` on two unequal short strings costs a call into the runtime,
    /// which made finding a member among a few a tenth of reading a small call's params.
    @inlinable @inline(__always)
    public static func sameKey(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }

    /// Appends without checking for an existing key; for builders that know their keys are new.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { Member(key: $0.0, value: $0.1) })
    }
}
