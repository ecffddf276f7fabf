import Foundation
import Testing
@testable import Glossary

/// Loading's two parallel parts share one fork-join: the serial step must run once, after every
/// task of the first part and before any of the second, whichever thread gets there.
@Suite("Two phases over one fork-join")
struct InTwoPhasesTests {
    /// Events in the order the threads recorded them.
    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String] = []

        func record(_ event: String) { lock.withLock { events.append(event) } }
        var recorded: [String] { lock.withLock { events } }
    }

    @Test(arguments: [(1, 2, true), (7, 2, true), (7, 2, false), (3, 5, true)])
    func serialStepSeparatesTheParts(firstCount: Int, secondCount: Int, continues: Bool) {
        for _ in 0..<200 {
            let log = Log()
            inTwoPhases(first: firstCount, { task in
                // Uneven tasks, so the threads finish the first part at different times.
                if task % 3 == 0 { for _ in 0..<1_000 { _ = log.recorded.count } }
                log.record("first \(task)")
            }, then: {
                log.record("between")
                return continues
            }, second: secondCount, { task in
                log.record("second \(task)")
            })
            let events = log.recorded
            let between = events.firstIndex(of: "between")
            #expect(events.filter { $0 == "between" }.count == 1)
            #expect(Set(events[..<(between ?? 0)]) == Set((0..<firstCount).map { "first \($0)" }))
            #expect(between == firstCount)
            let expectedSecond = continues ? Set((0..<secondCount).map { "second \($0)" }) : []
            #expect(Set(events[((between ?? 0) + 1)...]) == expectedSecond)
            #expect(events.count == firstCount + 1 + expectedSecond.count)
        }
    }
}
