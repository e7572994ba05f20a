import Foundation
@testable import Site
import TestSupport
import Testing

/// Calendars and `catalogue.json` are written from pieces (`OutputFile(path:pieces:)`), never
/// joined: the file must hold exactly the pieces one after another, whether the pieces are small
/// (gathered in the write buffer), large (written directly) or empty, and an unchanged one must
/// still be linked from the published site.
@Suite("Files written from pieces")
struct PiecesFileTests {
    /// Small pieces around a large one and a run of small ones that overflows the write buffer.
    static let pieces: [String] = ["BEGIN:VCALENDAR\r\n", "", "Café — Zürich 😀\r\n"]
        + [String(repeating: "0123456789abcdef", count: 20_000)]
        + (0..<3_000).map { "event \($0): \(String(repeating: "é", count: $0 % 200))\r\n" }
        + ["", "END:VCALENDAR\r\n"]

    @Test("the file holds the pieces in order; its count, data and bytes agree")
    func written() throws {
        let joined = PiecesFileTests.pieces.joined()
        let file = OutputFile(path: "calendars/offer.ics", pieces: PiecesFileTests.pieces)
        #expect(file.byteCount == joined.utf8.count)
        #expect(file.data == Data(joined.utf8))
        #expect(file.withBytes { Data($0) } == Data(joined.utf8))
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            try OutputWriter(output: output, protecting: []).publish([file, OutputFile(path: "empty.ics", pieces: [])])
            #expect(try Data(contentsOf: output.appendingPathComponent("calendars/offer.ics")) == Data(joined.utf8))
            #expect(try Data(contentsOf: output.appendingPathComponent("empty.ics")).isEmpty)
        }
    }

    @Test("an unchanged file of pieces is linked; one changed in a late piece is written anew")
    func linkedWhenUnchanged() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            var changed = PiecesFileTests.pieces
            changed[changed.count - 3] = changed[changed.count - 3].replacingOccurrences(of: "event", with: "Event")
            try writer.publish([OutputFile(path: "same.ics", text: PiecesFileTests.pieces.joined()),
                                OutputFile(path: "late.ics", pieces: PiecesFileTests.pieces)])
            let before = (try inode(output.appendingPathComponent("same.ics")), try inode(output.appendingPathComponent("late.ics")))
            try writer.publish([OutputFile(path: "same.ics", pieces: PiecesFileTests.pieces), OutputFile(path: "late.ics", pieces: changed)])
            #expect(try inode(output.appendingPathComponent("same.ics")) == before.0, "the same bytes, as pieces, are linked")
            #expect(try inode(output.appendingPathComponent("late.ics")) != before.1)
            #expect(try Data(contentsOf: output.appendingPathComponent("late.ics")) == Data(changed.joined().utf8))
        }
    }
}
