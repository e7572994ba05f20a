import Catalogue
import Foundation
import Parallel
@testable import Site
import TestSupport
import Testing

/// The history file is read and decoded while the content loads (`HistoryReadAhead`), without the
/// output's lock; the build reads it again under the lock and uses what was decoded only when the
/// bytes are the same.
@Suite("The history read ahead of the build")
struct HistoryReadAheadTests {
    static let year = AcademicYear(text: "2026-27")!

    /// The valid fixture built once, so that its history folder holds this year's file.
    func builtOnce(_ folder: TemporaryFolder) throws -> BuildOptions {
        let content = try folder.copyFixture("valid")
        let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                   output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear])
        try #require(SiteGenerator(options: options).build().succeeded)
        return options
    }

    @Test("a history file changed after it was read ahead is decoded again, not taken from the read")
    func changedSince() throws {
        let folder = try TemporaryFolder()
        let options = try builtOnce(folder)
        let readAhead = HistoryReadAhead(options)
        readAhead.begin(year: Self.year)
        let early = try #require(readAhead.read(for: Self.year))
        let before = try #require(try early.found.get())
        #expect(before.changes.isEmpty)

        // Another build (which would hold the lock) records a change in the meantime.
        let file = HistoryFile(options, year: Self.year)
        var changed = before
        changed.changes = [Change(date: "2026-09-02", kind: .courseAdded, course: "first-aid", title: "First Aid", detail: "1 date to choose from")]
        #expect(file.write(changed) == nil)

        let start = try HistoryStart.find(options, year: Self.year, current: OfferSnapshot(courses: []), reusing: early).get()
        #expect(start.previous?.changes.map(\.course) == ["first-aid"])
    }

    @Test("an unchanged history file is not decoded again: what the read ahead found is used")
    func unchanged() throws {
        let folder = try TemporaryFolder()
        let options = try builtOnce(folder)
        let file = HistoryFile(options, year: Self.year)
        let bytes = try [UInt8](Data(contentsOf: file.url))
        // The same bytes with a different finding: only reuse gives this finding back.
        let marked = HistoryFile.Read(url: file.url, bytes: bytes, found: .success(nil))
        #expect(try file.read(reusing: marked).get() == nil)
        // Another file's read, or other bytes, are never reused.
        let elsewhere = HistoryFile.Read(url: folder.path("other.json"), bytes: bytes, found: .success(nil))
        #expect(try file.read(reusing: elsewhere).get() != nil)
        let older = HistoryFile.Read(url: file.url, bytes: Array(bytes.dropLast()), found: .success(nil))
        #expect(try file.read(reusing: older).get() != nil)
    }

    @Test("another year's read ahead is not used, and only the first year asked for is read")
    func otherYear() throws {
        let folder = try TemporaryFolder()
        let options = try builtOnce(folder)
        let readAhead = HistoryReadAhead(options)
        readAhead.begin(year: Self.year)
        readAhead.begin(year: AcademicYear(text: "2027-28")!)
        #expect(readAhead.read(for: AcademicYear(text: "2027-28")!) == nil)
        #expect(readAhead.read(for: Self.year) != nil)
        #expect(HistoryReadAhead(options).read(for: Self.year) == nil)
    }
}
