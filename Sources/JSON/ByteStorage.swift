#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The growable byte buffer behind `JSONWriter`.
///
/// An `[UInt8]` paid about 130 instructions per `append(contentsOf:)` (the generic sequence path,
/// a uniqueness check and a capacity check, then `memcpy`), and a record is some forty appends. This
/// buffer is written through a pointer once the writer has made sure it is unique and large enough.
/// Both properties are `let`: a class's `var` is checked for exclusive access at run time on every
/// read, which cost more than the append itself. A writer that needs more room gets a new storage.
final class ByteStorage {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// A storage of at least `capacity` bytes holding the first `count` bytes of `source`.
    convenience init(capacity: Int, copying count: Int, from source: UnsafePointer<UInt8>) {
        self.init(capacity: capacity)
        if count > 0 { memcpy(base, source, count) }
    }

    deinit {
        base.deallocate()
    }
}
