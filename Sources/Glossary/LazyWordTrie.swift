import Foundation

/// The name table's `WordTrie`, built by the first query that needs it rather than at load.
///
/// Building the trie costs about a sixth of what loading does, and start-up (which only checks the
/// bundle and answers lookups from a hash) would pay it before anyone searched. Built once, then read.
///
/// `@unchecked Sendable` because the compiler cannot see what makes sharing it safe: `trie` is read
/// and written only while `lock` is held, and once built it never changes. In the server one thread
/// asks all the questions, so the lock is never contended and costs a few instructions a search.
final class LazyWordTrie: @unchecked Sendable {
    private let lock = NSLock()
    private var trie: WordTrie?

    /// The trie, built with `build` the first time.
    func value(building build: () -> WordTrie) -> WordTrie {
        lock.lock()
        defer { lock.unlock() }
        if let trie { return trie }
        let built = build()
        trie = built
        return built
    }
}
