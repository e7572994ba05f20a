import CMemory
@testable import prospectus
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The commands that run once keep the memory they free until they exit (issue #19: a build's pages
/// and exports were faulted in again and again); `serve`, which runs for hours, does not.
@Suite("The heap's settings per command")
struct HeapUseTests {
    @Test("build, check and the other one-off commands keep freed memory; serve does not")
    func commands() {
        #expect(HeapUse.keepsFreedMemory(arguments: ["prospectus"]))
        #expect(HeapUse.keepsFreedMemory(arguments: ["prospectus", "build", "--output", "serve"]))
        #expect(HeapUse.keepsFreedMemory(arguments: ["/usr/local/bin/prospectus", "check", "--strict"]))
        #expect(HeapUse.keepsFreedMemory(arguments: ["prospectus", "report"]))
        #expect(!HeapUse.keepsFreedMemory(arguments: ["prospectus", "serve"]))
        #expect(!HeapUse.keepsFreedMemory(arguments: ["prospectus", "serve", "--port", "8001"]))
    }

    #if canImport(Glibc)
    @Test("once set, a 24 MB block comes from the heap instead of a mapping of its own")
    func largeBlocksFromTheHeap() throws {
        #expect(prospectus_keep_freed_memory_until_exit() == 1)
        let block = try #require(malloc(24 << 20))
        defer { free(block) }
        // glibc keeps each block's size just before it, with bit 1 set when the block was mapped on
        // its own (its default: every block of 128 kB or more, adapting up to at most 32 MB).
        let size = block.load(fromByteOffset: -MemoryLayout<Int>.size, as: UInt.self)
        #expect(size & 0b10 == 0)
        #expect(size >= 24 << 20)
    }
    #endif
}
