import Foundation
import Parallel
import Testing

@Suite("Work started in the background, its result waited for")
struct BackgroundTests {
    @Test("the value is what the work made, however often it is read, and the work ran once")
    func valueOnce() {
        let runs = Locked(0)
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let work = Background { () -> [Int] in
            runs.withLock { $0 += 1 }
            started.signal()
            // Held until the test has asked, so that the first read waits.
            release.wait()
            return Array(0..<1_000)
        }
        started.wait()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) { release.signal() }
        #expect(work.value == Array(0..<1_000))
        #expect(work.value.count == 1_000)
        #expect(runs.withLock { $0 } == 1)
    }
}
