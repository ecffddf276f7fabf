extension String {
    /// `ascii` as a string, for bytes the caller has seen to be ASCII: marked as such, they are
    /// copied without the scan and repair `String(decoding:)` makes, a fifth of reading a small
    /// request's params.
    @inlinable
    public init(knownASCII ascii: UnsafeBufferPointer<UInt8>) {
        assert(ascii.allSatisfy { $0 < 0x80 }, "String(knownASCII:) given a byte ≥ 0x80")
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            // `unchecked` is sound: ASCII is valid UTF-8.
            self = String(copying: UTF8Span(unchecked: ascii.span, isKnownASCII: true))
        } else {
            self = String(decoding: ascii, as: UTF8.self)
        }
    }

    /// `utf8` as a string, for bytes the caller has validated as UTF-8 (a parser that checked each
    /// sequence as it scanned): copied without `String(decoding:)`'s second validation.
    @inlinable
    public init(validatedUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            // `unchecked` is sound only for what the initializer's contract promises: valid UTF-8.
            self = String(copying: UTF8Span(unchecked: utf8.span))
        } else {
            self = String(decoding: utf8, as: UTF8.self)
        }
    }
}
