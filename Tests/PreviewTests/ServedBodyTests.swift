import Foundation
@testable import Preview
import Site
import Testing

/// A served file is sent from its own pieces, a buffer at a time, never joined into one copy.
@Suite("Served bodies")
struct ServedBodyTests {
    /// Every buffer `body` gives when asked for `size` bytes at a time.
    func buffers(_ body: ServedBody, size: Int) async -> [[UInt8]] {
        var iterator = body.makeAsyncIterator()
        var buffers: [[UInt8]] = []
        while let buffer = await iterator.nextBuffer(suggested: size) { buffers.append(buffer) }
        return buffers
    }

    @Test("a file of pieces is sent as its joined bytes, in buffers of at most the size asked, whatever the size")
    func pieces() async {
        let pieces = ["BEGIN:VCALENDAR\r\n", "", "é—🙂 across a boundary", String(repeating: "x", count: 70_000), "END\r\n", ""]
        let file = OutputFile(path: "offer.ics", pieces: pieces)
        let joined = [UInt8](pieces.joined().utf8)
        for size in [1, 3, 17, 4096, 65_536, 1 << 20] {
            let sent = await buffers(ServedBody(file: file), size: size)
            #expect(sent.flatMap { $0 } == joined, "buffers of \(size)")
            #expect(sent.allSatisfy { !$0.isEmpty && $0.count <= size }, "buffers of \(size)")
            // Only the last buffer may be short.
            #expect(sent.dropLast().allSatisfy { $0.count == size }, "buffers of \(size)")
        }
    }

    @Test("a file of bytes, of one text and an empty file are sent as they are")
    func otherContent() async {
        let bytes = Data((0..<10_000).map { UInt8($0 % 251) })
        #expect(await buffers(ServedBody(file: OutputFile(path: "logo.png", data: bytes)), size: 999).flatMap { $0 } == [UInt8](bytes))
        #expect(await buffers(ServedBody(file: OutputFile(path: "a.txt", text: "naïve")), size: 2).flatMap { $0 } == [UInt8]("naïve".utf8))
        #expect(await buffers(ServedBody(file: OutputFile(path: "empty.txt", text: "")), size: 8).isEmpty)
        #expect(await buffers(ServedBody(file: OutputFile(path: "empty.bin", data: Data())), size: 8).isEmpty)
    }

    @Test("the whole-offer exports are served byte for byte as built, with their length, to GET and HEAD")
    func servedExports() async throws {
        try await withPreview { _, server, port in
            for path in ["catalogue.json", "offer.ics", "sessions.csv", "calendars/groups/teachers.ics", "calendars/sessions/first-aid-2027-02-10.ics"] {
                let built = try #require(server.snapshot.data(at: path), "\(path)")
                let response = try await RawHTTP.request(port: port, "/" + path)
                #expect(response.status == 200 && response.body == built, "\(path)")
                #expect(response.header("Content-Length") == String(built.count), "\(path)")
                let head = try await RawHTTP.request(port: port, "/" + path, method: "HEAD")
                #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") == String(built.count), "\(path)")
            }
        }
    }
}
