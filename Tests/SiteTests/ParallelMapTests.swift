import Foundation
import Parallel
import Testing

@Suite("Mapping on every core")
struct ParallelMapTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test("the results are the map's, in order, for any count and chunking", arguments: [0, 1, 7, 8, 31, 32, 33, 1_000, 20_011])
    func sameAsMap(count: Int) {
        let items = (0..<count).map { "item \($0)" }
        #expect(items.parallelMap { $0.uppercased() } == items.map { $0.uppercased() })
        #expect(items.parallelMap(oneByOne: true) { $0.count } == items.map(\.count))
    }

    struct Weak {
        weak var box: Box?
    }

    @Test("objects made on other threads are owned by the array alone: kept while it is, freed with it")
    func objectsFreed() {
        var watched: [Weak] = []
        do {
            let boxes = Array(0..<5_000).parallelMap { Box($0) }
            #expect(boxes.map(\.value) == Array(0..<5_000))
            watched = boxes.map { Weak(box: $0) }
            withExtendedLifetime(boxes) { #expect(watched.allSatisfy { $0.box != nil }) }
        }
        #expect(watched.allSatisfy { $0.box == nil })
    }
}
