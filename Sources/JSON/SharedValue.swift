/// A value behind one reference, copied only when written while shared: copying the holder costs
/// one retain, however many references the value itself holds.
///
/// For values that are copied far more often than changed, and whose fields are many references
/// (strings, arrays): a JSON Schema handed down to each member it checks, a glossary entry carried
/// by every lookup result.
@frozen
public struct SharedValue<Value> {
    @usableFromInline
    final class Storage {
        // Unchecked exclusivity: `value` is only written through `value`'s modify accessor below,
        // after the storage has been made unique, so no other holder can be reading it.
        @exclusivity(unchecked) @usableFromInline var value: Value

        @inlinable
        init(_ value: Value) {
            self.value = value
        }
    }

    @usableFromInline var storage: Storage

    @inlinable
    public init(_ value: Value) {
        storage = Storage(value)
    }

    @inlinable
    public var value: Value {
        get { storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }
}

extension SharedValue: Equatable where Value: Equatable {
    @inlinable
    public static func == (first: SharedValue, second: SharedValue) -> Bool {
        first.storage === second.storage || first.storage.value == second.storage.value
    }
}

extension SharedValue: Hashable where Value: Hashable {
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.value)
    }
}

// Shared between holders only for reading; a write first makes the storage its holder's own.
extension SharedValue: @unchecked Sendable where Value: Sendable {}
