/// One hexadecimal digit of a `\uXXXX` escape, in either case: shared by the strict parser and the
/// glossary's fast reader, which must read escapes exactly alike.
public enum HexDigit {
    /// The digit's value, or nil when `byte` is not a hexadecimal digit.
    @inlinable
    public static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
