import Dispatch

/// Runs `first` and `second` at the same time, when a second core is free, and returns both results.
///
/// Loading is the only place the glossary uses more than one thread: its parts are independent,
/// pure functions of values, and the machine has a second core that start-up would otherwise leave
/// idle. Nothing is shared but the results, each written by one task and read after both finish.
func concurrently<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let firstResult = ConcurrentSlots<First>(count: 1), secondResult = ConcurrentSlots<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { task in
        if task == 0 { firstResult[0] = first() } else { secondResult[0] = second() }
    }
    // Both are set once `concurrentPerform` returns; computing one here is only a fallback.
    return (firstResult[0] ?? first(), secondResult[0] ?? second())
}

/// Results of concurrent tasks, one slot per task.
///
/// `@unchecked Sendable` because the compiler cannot see the rule that makes it safe: each slot is
/// written by exactly one task, and read only after `DispatchQueue.concurrentPerform` has returned,
/// which waits for every task (so the writes happen before the reads).
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    /// The value of a slot, moved out of it (the slot is left nil), so that it has no second owner.
    func take(_ index: Int) -> Value? {
        slots[index].take()
    }
}
