/// A table from method name to value for the lookup every call makes.
///
/// `Dictionary<String, _>` hashed the name with SipHash and a per-process seed, about 900
/// instructions of a 20k-instruction call; names here are a fixed set of short ASCII strings, for
/// which FNV-1a over the UTF-8 and an open-addressing probe do the same job in a fraction of that.
/// Everything but `values` is of concrete types: the registry is generic over its context and is
/// not specialised where it is used, so generic storage was paid for in metadata on every probe.
struct NameLookup<Value> {
    /// Power-of-two sized and at most half full, so probes stay short: position in `names` + 1,
    /// or 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    private var slotHashes: [UInt32] = Array(repeating: 0, count: 16)
    private var names: [String] = []
    private var values: [Value] = []

    /// Adds `name`; the caller makes sure it is new.
    mutating func insert(_ name: String, _ value: Value) {
        names.append(name)
        values.append(value)
        if names.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            slotHashes = Array(repeating: 0, count: slots.count)
            for position in names.indices { place(position) }
        } else {
            place(names.count - 1)
        }
    }

    func value(named name: String) -> Value? {
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if slotHashes[slot] == hash && names[position] == name { return values[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func place(_ position: Int) {
        let hash = Self.hash(names[position])
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position + 1)
        slotHashes[slot] = hash
    }

    /// FNV-1a over the UTF-8.
    private static func hash(_ name: String) -> UInt32 {
        var name = name
        return name.withUTF8 { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash
        }
    }
}

extension NameLookup: Sendable where Value: Sendable {}
