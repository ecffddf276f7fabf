#if canImport(Glibc)
import Glibc
#endif

/// The baseline: a program that answers each line with the same line, with the server's I/O
/// pattern (large read, one write per read). Whatever round trip it gets is the pipe's own cost.
enum EchoPeer {
    static func run() -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
            if count <= 0 { return 0 }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { write(1, $0.baseAddress! + offset, count - offset) }
                if written <= 0 { return 1 }
                offset += written
            }
        }
    }
}
