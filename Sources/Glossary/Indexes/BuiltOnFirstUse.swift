import Foundation

/// An index built by the first query that needs it rather than at load: the word trie of the names
/// (`WordTrie`) and the Hangul occurrences in the definitions (`HangulOccurrences`).
///
/// Together they cost about a fifth of what loading does, and start-up (which only checks the
/// bundle and answers lookups from a hash) would pay for them before anyone searched. Built once,
/// then only read.
///
/// `@unchecked Sendable` because the compiler cannot see what makes sharing it safe: `built` is read
/// and written only while `lock` is held, and once set it never changes. In the server one thread
/// asks all the questions, so the lock is never contended and costs a few instructions a query.
final class BuiltOnFirstUse<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?

    init() {}

    /// The value, built with `build` the first time.
    func value(building build: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let value = build()
        built = value
        return value
    }
}
