/// The framed lines of one read, kept until they are answered so a second thread can prepare them
/// meanwhile (see `LinePipeline`).
///
/// A line inside the read buffer is kept as a pointer into it. A line that began in an earlier read
/// lives in the framer's buffer only during its callback, so it is copied.
struct ChunkLines: ~Copyable {
    enum Event {
        case line(Int)  // an index into `lines`
        case tooLarge
    }

    private(set) var events: [Event] = []
    private(set) var lines: [UnsafeRawBufferPointer] = []
    private var copies: [UnsafeMutableRawBufferPointer] = []

    init() {}

    deinit {
        for copy in copies { copy.deallocate() }
    }

    /// Keeps one framer event; `readBuffer` is where lines that need no copy live.
    mutating func append(_ event: LineFramer.Event, readBuffer: UnsafeRawBufferPointer) {
        switch event {
        case .tooLarge:
            events.append(.tooLarge)
        case .line(let line):
            if readBuffer.contains(line) {
                lines.append(line)
            } else {
                let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: line.count, alignment: 1)
                copy.copyMemory(from: line)
                copies.append(copy)
                lines.append(UnsafeRawBufferPointer(copy))
            }
            events.append(.line(lines.count - 1))
        }
    }
}

extension UnsafeRawBufferPointer {
    /// True when `part` lies within these bytes.
    fileprivate func contains(_ part: UnsafeRawBufferPointer) -> Bool {
        guard let base = baseAddress, let start = part.baseAddress else { return false }
        return start >= base && start + part.count <= base + count
    }
}
