/// The cases of a string-backed enum with the UTF-8 of their raw values, so that the fast reader
/// tells a value by comparing bytes in place: making a string of it and then matching it against
/// the raw values (`init(rawValue:)`, a string switch) cost about 0.4M instructions a load for the
/// scope and phase of every entry.
struct RawValueBytes<Value: RawRepresentable<String> & CaseIterable & Sendable>: Sendable {
    private let cases: [(utf8: [UInt8], value: Value)]

    init() {
        cases = Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// The case whose raw value is exactly `utf8`, if any.
    func value(of utf8: UnsafeBufferPointer<UInt8>) -> Value? {
        for known in cases where known.utf8.count == utf8.count {
            if known.utf8.withUnsafeBufferPointer({ $0.elementsEqual(utf8) }) { return known.value }
        }
        return nil
    }
}
