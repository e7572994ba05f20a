import Foundation
import Parallel
@testable import Site
import Testing

/// The whole-offer work behind paged listings is made once per key, and a key being made never
/// holds up another key's.
@Suite("Listing memo: once per key, keys side by side")
struct ListingMemoTests {
    @Test("a key asked for on many threads at once is made once, and all get its value")
    func oncePerKey() {
        let memo = ListingMemo()
        let makes = Locked(0)
        let values = Array(0..<64).parallelMap(oneByOne: true) { _ in
            memo.total("whats-on") {
                makes.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.01)
                return 42
            }
        }
        #expect(values == Array(repeating: 42, count: 64))
        #expect(makes.withLock { $0 } == 1)
    }

    @Test("while one key is being made, another key is made and returned without waiting for it")
    func keysApart() {
        let memo = ListingMemo()
        let values = Locked([String: Int]())
        let firstStarted = DispatchSemaphore(value: 0), releaseFirst = DispatchSemaphore(value: 0)
        let firstDone = DispatchSemaphore(value: 0), secondDone = DispatchSemaphore(value: 0)
        // Threads of their own, not the dispatch pool's, which may have no thread free for the second.
        Thread.detachNewThread {
            let value = memo.total("school-a") {
                firstStarted.signal()
                // Held until the other key is made (or the test gives up waiting for it).
                _ = releaseFirst.wait(timeout: .now() + 10)
                return 1
            }
            values.withLock { $0["school-a"] = value }
            firstDone.signal()
        }
        firstStarted.wait()
        Thread.detachNewThread {
            let value = memo.total("school-b") { 2 }
            values.withLock { $0["school-b"] = value }
            secondDone.signal()
        }
        // With one lock for every key, the second waited for the first: here it must not.
        #expect(secondDone.wait(timeout: .now() + 5) == .success)
        releaseFirst.signal()
        firstDone.wait()
        #expect(values.withLock { $0 } == ["school-a": 1, "school-b": 2])
    }
}
