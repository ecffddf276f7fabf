#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw writes to file descriptors, and the stdout swap that keeps the protocol stream clean.
enum StandardStreams {
    /// Keeps the real stdout for the protocol and points fd 1 at stderr, so a stray `print` from
    /// any library can never corrupt the stream (as sourcekit-lsp does). Returns the protocol fd.
    static func reserveStandardOutputForProtocol() -> Int32 {
        let protocolOutput = dup(1)
        guard protocolOutput >= 0 else { return 1 }
        _ = fcntl(protocolOutput, F_SETFD, FD_CLOEXEC)
        _ = dup2(2, 1)
        return protocolOutput
    }

    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while offset < raw.count {
                let written = Glibc.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
