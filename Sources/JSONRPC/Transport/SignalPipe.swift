#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM and SIGINT delivered as a readable byte on a pipe, so the loop's poll(2) wakes for them.
/// SIGPIPE is ignored: a closed stdout shows up as EPIPE from write(2) and ends the loop quietly.
struct SignalPipe {
    let readDescriptor: Int32

    /// The write end, read by the signal handler; a C handler cannot capture context, and this is
    /// written once before any handler is installed, so the unsynchronised access is safe.
    nonisolated(unsafe) static var writeDescriptor: Int32 = -1
    nonisolated(unsafe) private static var installed: SignalPipe?

    static func install() -> SignalPipe {
        if let installed { return installed }
        var descriptors: [Int32] = [-1, -1]
        _ = pipe(&descriptors)
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        writeDescriptor = descriptors[1]
        signal(SIGPIPE, SIG_IGN)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber) { _ in
                var byte: UInt8 = 1
                _ = write(SignalPipe.writeDescriptor, &byte, 1)  // async-signal-safe
            }
            sigaddset(&unblock, signalNumber)
        }
        // A host may spawn us with these signals blocked (masks survive exec); we must still hear them.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        let pipe = SignalPipe(readDescriptor: descriptors[0])
        installed = pipe
        return pipe
    }
}
