import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// "What's new" is built from a history kept beside the content (`Content/history/<year>.json`),
/// never only in `Output/`: deleting the output, a clean checkout or a new academic year does not
/// lose it or mix it up, a damaged or linked history stops the build, and a new one is announced.
@Suite("What's new: where the history is kept")
struct WhatsNewHistoryTests {
    /// Noon on 2 and 3 September 2026 (the fixture's first build is on the 1st).
    static let nextDay = WhatsNewTests.nextDay
    static let dayAfter = "1788436800"
    static let historyPath = "Content/history/2026-27.json"

    func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(file.lastPathComponent) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    struct Log: Decodable {
        struct Entry: Decodable { var date: String, kind: String, course: String }
        var changes: [Entry]
    }

    /// `changes.json` of a built site, one line per entry.
    func log(_ output: URL) throws -> [String] {
        try JSONDecoder().decode(Log.self, from: Data(contentsOf: output.appendingPathComponent("changes.json")))
            .changes.map { "\($0.date) \($0.kind) \($0.course)" }
    }

    func cancelFirstAid(_ content: URL) throws {
        try replace(content.appendingPathComponent("courses/mandatory/first-aid.md"), "    places_left: 3\n", "    places_left: 3\n    status: cancelled\n")
    }

    /// The valid fixture built on the 1st, then with First Aid's February session cancelled on the 2nd.
    func builtWithOneChange(_ folder: TemporaryFolder) throws -> (content: URL, output: URL) {
        let content = try folder.copyFixture("valid")
        let output = folder.path("Output")
        try #require(build(content: content, output: output).succeeded)
        try cancelFirstAid(content)
        let report = build(content: content, output: output, today: Self.nextDay)
        try #require(report.succeeded, "\(report.errorSummaries)")
        try #require(try log(output) == ["2026-09-02 session-cancelled first-aid"])
        // The editor is told there is a file to commit.
        #expect(report.notices.map(\.summary) == [
            "Content/history/2026-27.json: note: What's new: 1 new change recorded in this file (keep it: commit it with the content, or back it up)",
        ])
        return (content, output)
    }

    func options(content: URL, output: URL, today: String, history: URL? = nil) -> BuildOptions {
        BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme", output: output,
                     environment: ["SOURCE_DATE_EPOCH": today], history: history, historyDisplay: history.map { _ in "kept" })
    }

    @Test("deleting Output/ keeps What's new, and the next change is still found")
    func outputDeleted() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let history = try Data(contentsOf: folder.path(Self.historyPath))
            let published = try treeSnapshot(output)
            try FileManager.default.removeItem(at: output)

            let report = build(content: content, output: output, today: Self.nextDay)
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(report.notices.isEmpty, "\(report.notices.map(\.summary))")
            #expect(try log(output) == ["2026-09-02 session-cancelled first-aid"])
            #expect(try read(output, "whats-new.html").contains("First Aid at Work"))
            // The same content and history the same day: the same site, byte for byte, and the history's bytes do not change.
            #expect(try treeSnapshot(output) == published)
            #expect(try Data(contentsOf: folder.path(Self.historyPath)) == history)

            // Deleted again, with a change made meanwhile: that change is found against the history.
            try FileManager.default.removeItem(at: output)
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))
            try #require(build(content: content, output: output, today: Self.dayAfter).succeeded)
            #expect(try log(output) == ["2026-09-03 course-withdrawn phonics-for-tas", "2026-09-02 session-cancelled first-aid"])
        }
    }

    @Test("a scheduled rebuild from a clean checkout keeps What's new: with the committed history, or with --history")
    func cleanCheckout() throws {
        try withTemporaryFolder { folder in
            // The editor built and committed Content/, history included; the server clones it afresh.
            let (editor, _) = try builtWithOneChange(folder)
            let checkout = folder.path("checkout/Content")
            try FileManager.default.createDirectory(at: checkout.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: editor, to: checkout)
            let served = folder.path("checkout/Output")
            let report = build(content: checkout, output: served, today: Self.dayAfter)
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(report.notices.isEmpty, "\(report.notices.map(\.summary))")
            #expect(try log(served) == ["2026-09-02 session-cancelled first-aid"])
        }
        try withTemporaryFolder { folder in
            // A server whose checkout is fresh every morning and whose history is kept in its own folder:
            // the checkout's history (the fixture's) is never updated, but the kept one is.
            let kept = folder.path("srv/history")
            func morning(_ day: Int, today: String, edit: (URL) throws -> Void) throws -> [String] {
                let checkout = try folder.copyFixture("valid", as: "run\(day)/Content")
                try edit(checkout)
                let output = folder.path("run\(day)/Output")
                let report = SiteGenerator(options: options(content: checkout, output: output, today: today, history: kept)).build()
                try #require(report.succeeded, "\(report.errorSummaries)")
                return try log(output)
            }
            let first = try morning(1, today: Today.startOfYear) { _ in }
            let second = try morning(2, today: Self.nextDay, edit: cancelFirstAid)
            // The next morning: the same entry, still dated the day it was found.
            let third = try morning(3, today: Self.dayAfter, edit: cancelFirstAid)
            #expect(first == [])
            #expect(second == ["2026-09-02 session-cancelled first-aid"])
            #expect(third == ["2026-09-02 session-cancelled first-aid"])
            #expect(FileManager.default.fileExists(atPath: kept.appendingPathComponent("2026-27.json").path))
        }
    }

    @Test("a --history folder that does not exist yet (a first run, or a typo) is a warning; an existing one starts with a note")
    func historyFolderNotThereYet() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let typo = folder.path("srv/histroy")
            let first = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Today.startOfYear,
                                                       history: typo)).build()
            try #require(first.succeeded, "\(first.errorSummaries)")
            #expect(first.notices.map(\.level) == [.warning])
            #expect(first.notices.first?.message.contains("does not exist yet") == true)
            #expect(first.notices.first?.suggestion?.contains("check the spelling of --history") == true)

            let empty = folder.path("srv/history")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let moved = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Today.startOfYear,
                                                       history: empty)).build()
            try #require(moved.succeeded, "\(moved.errorSummaries)")
            #expect(moved.notices.map(\.level) == [.note])
        }
    }

    @Test("a damaged history stops the build, naming the file, line and column; nothing is replaced or published", arguments: [
        ("{\n  \"version\": 1,\n  \"changes\": [\n    {\"date\": \"2026-09-02\",, }\n  ]\n}\n", 4, 27, ""),
        ("{\n  \"academic_year\": \"2026-27\",\n  \"changes\": [\n    {\"date\": 5}\n  ],\n  \"edition\": \"staff\",\n"
            + "  \"offer\": {\"courses\": []},\n  \"version\": 1\n}\n", 4, 14, "changes[0].date"),
    ])
    func damagedHistory(text: String, line: Int, column: Int, keyPath: String) throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let historyFile = folder.path(Self.historyPath)
            try Data(text.utf8).write(to: historyFile)
            let before = try treeSnapshot(output)

            let report = build(content: content, output: output, today: Self.dayAfter)
            #expect(!report.succeeded)
            #expect(report.published == nil)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.location.file == Self.historyPath)
            #expect((error.location.line, error.location.column) == (line, column), "\(error.summary)")
            #expect(error.keyPath == keyPath)
            #expect(error.suggestion?.contains("git checkout -- \(Self.historyPath)") == true)
            #expect(try String(contentsOf: historyFile, encoding: .utf8) == text)
            #expect(try treeSnapshot(output) == before)
        }
    }

    @Test("a history from a newer Prospectus stops the build and says to use that one; the file is kept")
    func newerVersion() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let historyFile = folder.path(Self.historyPath)
            let text = try String(contentsOf: historyFile, encoding: .utf8).replacingOccurrences(of: "\"version\" : 1\n", with: "\"version\" : 7\n")
            #expect(text.contains("\"version\" : 7\n"))
            try Data(text.utf8).write(to: historyFile)
            let report = build(content: content, output: output, today: Self.dayAfter)
            #expect(report.published == nil)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.code == .historyNewerVersion)
            #expect(error.message == "the history was saved by a newer version of Prospectus: its format is 7, and this version reads format 1")
            #expect(error.keyPath == "")
            #expect(error.suggestion?.hasPrefix("update Prospectus here to the version that saved it (ask whoever last built the site)") == true)
            #expect(error.suggestion?.contains("git checkout -- \(Self.historyPath)") == true)
            #expect(try String(contentsOf: historyFile, encoding: .utf8) == text)
        }
    }

    @Test("a new academic year starts a new What's new; the old year's history is kept apart")
    func newAcademicYear() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            try replace(content.appendingPathComponent("site.yml"), "academic_year: 2026-27", "academic_year: 2027-28")
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))

            let report = build(content: content, output: output, today: Self.dayAfter)
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(try log(output) == [], "last year's changes and removals are not this year's news")
            #expect(report.notices.map(\.level) == [.note])
            #expect(report.notices.first?.message.contains("starts afresh for 2027-28") == true)
            let old = try String(contentsOf: folder.path(Self.historyPath), encoding: .utf8)
            #expect(old.contains("session-cancelled") && old.contains("phonics-for-tas"))
            #expect(FileManager.default.fileExists(atPath: folder.path("Content/history/2027-28.json").path))
        }
    }

    @Test("a history reached through a symbolic link is refused, and the link left alone", arguments: [false, true])
    func symlinkRefused(linkFolder: Bool) throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let fileManager = FileManager.default
            let history = content.appendingPathComponent("history")
            let elsewhere = folder.path("elsewhere")
            try fileManager.moveItem(at: linkFolder ? history : history.appendingPathComponent("2026-27.json"),
                                     to: elsewhere)
            let link = linkFolder ? history : history.appendingPathComponent("2026-27.json")
            // The folder's link is relative (it leads from Content/), the file's absolute.
            let destination = linkFolder ? "../elsewhere" : elsewhere.path
            try fileManager.createSymbolicLink(atPath: link.path, withDestinationPath: destination)
            let before = try treeSnapshot(output)

            let report = build(content: content, output: output, today: Self.dayAfter)
            #expect(!report.succeeded)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.location.file == Self.historyPath)
            #expect(error.message.contains("symbolic link"), "\(error.summary)")
            // A linked folder: the advice names the folder it leads to, not restoring a file that is fine.
            #expect(error.suggestion?.contains(linkFolder ? "--history \(elsewhere.path)" : "git checkout --") == true, "\(error.suggestion ?? "")")
            #expect(try treeSnapshot(output) == before)
            #expect(try fileManager.destinationOfSymbolicLink(atPath: link.path) == destination)
        }
    }

    @Test("following the advice for a linked history folder works: --history the folder the link leads to, each edition")
    func linkedFolderAdviceFollowed() throws {
        try withTemporaryFolder { folder in
            let (content, _) = try builtWithOneChange(folder)
            let fileManager = FileManager.default
            let history = content.appendingPathComponent("history")
            let elsewhere = folder.path("elsewhere")
            try fileManager.moveItem(at: history, to: elsewhere)
            try fileManager.removeItem(at: elsewhere.appendingPathComponent("2026-27-partners.json"))
            try fileManager.createSymbolicLink(atPath: history.path, withDestinationPath: "../elsewhere")
            // elsewhere holds the staff history only: the partners' build starts its own there, and
            // neither looks through the content's link (which leads to that same folder) and refuses it.
            for edition in [Edition.staff, .partners] {
                var given = options(content: content, output: folder.path("Output-\(edition.rawValue)"), today: Self.dayAfter, history: elsewhere)
                given.edition = edition
                let report = SiteGenerator(options: given).build()
                #expect(report.succeeded, "\(edition): \(report.errorSummaries)")
            }
            #expect(fileManager.fileExists(atPath: elsewhere.appendingPathComponent("2026-27-partners.json").path))
            #expect(try fileManager.destinationOfSymbolicLink(atPath: history.path) == "../elsewhere")
        }
    }

    @Test("a history 'folder' that is a link to a file is not advised as a --history folder")
    func linkToFileAdvice() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let fileManager = FileManager.default
            let history = content.appendingPathComponent("history")
            let file = folder.path("kept.json")
            try fileManager.moveItem(at: history.appendingPathComponent("2026-27.json"), to: file)
            try fileManager.removeItem(at: history)
            try fileManager.createSymbolicLink(at: history, withDestinationURL: file)
            let report = build(content: content, output: output, today: Self.dayAfter)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.message.contains("symbolic link (to \(file.path))"), "\(error.summary)")
            #expect(error.suggestion == "nothing was published; put a real folder in place of the link")
        }
    }

    @Test("a history folder under a file, or under a link to nothing, names that part and advises moving it or another --history; nothing is published")
    func historyFolderBlocked() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("notes.txt", "precious")
            try FileManager.default.createSymbolicLink(atPath: folder.path("dl").path, withDestinationPath: "gone")
            for (history, named) in [("notes.txt/history", "'\(folder.path("notes.txt").path)' is a file, not a folder"),
                                     ("dl/history", "'\(folder.path("dl").path)' is a symbolic link to 'gone', which does not exist")] {
                let report = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Self.dayAfter,
                                                            history: folder.path(history))).build()
                let error = try #require(report.diagnostics.first { $0.severity == .error })
                #expect(!report.succeeded)
                #expect(error.message.contains(named), "\(error.summary)")
                #expect(error.suggestion == "nothing was published; move what is in the way, or keep the history in another folder with --history DIR",
                        "\(error.summary)")
            }
            // --history naming the file itself: a folder is asked for, not "git checkout" of a file inside it.
            let atFile = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Self.dayAfter,
                                                        history: folder.path("notes.txt"))).build()
            let error = try #require(atFile.diagnostics.first { $0.severity == .error })
            #expect(error.suggestion == "nothing was published; give --history a folder (the history is kept as files inside it)", "\(error.summary)")
            #expect(try String(contentsOf: folder.path("notes.txt"), encoding: .utf8) == "precious")
            #expect(!FileManager.default.fileExists(atPath: folder.path("Output").path))
        }
    }

    @Test("a first build without a history says plainly that it starts one, naming the file and how to restore it")
    func firstBuildWarns() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))
            let report = build(content: content, output: folder.path("Output"))
            try #require(report.succeeded, "\(report.errorSummaries)")
            let notice = try #require(report.notices.first)
            #expect(notice.level == .warning)
            #expect(notice.file == Self.historyPath)
            #expect(notice.message.contains("starts a new one"))
            #expect(notice.suggestion?.contains("git checkout -- \(Self.historyPath)") == true)
            #expect(FileManager.default.fileExists(atPath: folder.path(Self.historyPath).path))
        }
    }

    @Test("the old layout's history in Output/changes.json is moved into the history folder once, saying so")
    func migratesFromOutput() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))

            let report = build(content: content, output: output, today: Self.dayAfter)
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(report.notices.map(\.level) == [.note])
            #expect(report.notices.first?.message.contains("comes from Output/changes.json") == true)
            #expect(try log(output) == ["2026-09-02 session-cancelled first-aid"])
            #expect(try String(contentsOf: folder.path(Self.historyPath), encoding: .utf8).contains("session-cancelled"))
            // Once: the next build reads the history folder and says nothing.
            #expect(build(content: content, output: output, today: Self.dayAfter).notices.isEmpty)
        }
    }

    @Test("the preview reads the history but never writes it")
    func previewDoesNotWrite() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))
            let generator = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Today.startOfYear))
            let catalogue = try #require(ContentLoader(directory: content, displayPath: "Content").load().catalogue)
            let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
            let history = try generator.publishedHistory(for: catalogue).get()
            _ = try generator.renderPreview(catalogue: catalogue, theme: theme, history: history, previous: nil, change: .everything).get()
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("history").path))
        }
    }
}

extension WhatsNewHistoryTests {
    @Test("the partners' edition keeps its own history file; check reports a damaged history without writing")
    func partnersAndCheck() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let staff = try Data(contentsOf: folder.path(Self.historyPath))
            var partners = options(content: content, output: folder.path("Output-partners"), today: Today.startOfYear)
            partners.edition = .partners
            try FileManager.default.removeItem(at: content.appendingPathComponent("history/2026-27-partners.json"))
            let report = SiteGenerator(options: partners).build()
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(report.notices.map(\.file) == ["Content/history/2026-27-partners.json"])
            #expect(FileManager.default.fileExists(atPath: folder.path("Content/history/2026-27-partners.json").path))
            #expect(try Data(contentsOf: folder.path(Self.historyPath)) == staff)

            try Data("{\"version\": 1,\n  oops}".utf8).write(to: folder.path(Self.historyPath))
            let checked = SiteGenerator(options: options(content: content, output: folder.path("Output"), today: Today.startOfYear)).check()
            let error = try #require(checked.diagnostics.first { $0.severity == .error })
            #expect("\(error.location.file):\(error.location.line):\(error.location.column)" == "\(Self.historyPath):2:3")
            #expect(!FileManager.default.fileExists(atPath: folder.path("Output").path))
        }
    }
}

extension WhatsNewHistoryTests {
    @Test("a damaged changes.json of the old layout is an error naming it, not replaced by an empty history")
    func damagedOldLayout() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))
            let damaged = "{\"version\": 1, \"changes\": [\n  {\"date\": \"2026-09-02\" \"kind\": 1}]}"
            try Data(damaged.utf8).write(to: output.appendingPathComponent("changes.json"))
            let before = try treeSnapshot(output)

            let report = build(content: content, output: output, today: Self.dayAfter)
            #expect(report.published == nil)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect("\(error.location.file):\(error.location.line):\(error.location.column)" == "Output/changes.json:2:25", "\(error.summary)")
            #expect(try treeSnapshot(output) == before)
            #expect(!FileManager.default.fileExists(atPath: folder.path(Self.historyPath).path))
        }
    }
}

extension WhatsNewHistoryTests {
    @Test("a history that cannot be saved (a read-only checkout) stops the build before anything is published")
    func unsavableHistory() throws {
        try withTemporaryFolder { folder in
            let (content, output) = try builtWithOneChange(folder)
            let history = try Data(contentsOf: folder.path(Self.historyPath))
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))
            // The build writes a new file beside the history and renames it; something already there
            // under that name makes the save fail the way a read-only folder does (even for root).
            try FileManager.default.createDirectory(at: content.appendingPathComponent("history/.2026-27.json.\(getpid()).tmp"),
                                                    withIntermediateDirectories: false)
            let before = try treeSnapshot(output)

            let report = build(content: content, output: output, today: Self.dayAfter)
            #expect(report.published == nil)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.location.file == Self.historyPath)
            #expect(error.message.contains("cannot be saved"), "\(error.summary)")
            #expect(error.suggestion?.contains("--history") == true)
            #expect(try treeSnapshot(output) == before)
            #expect(try Data(contentsOf: folder.path(Self.historyPath)) == history)
        }
    }
}
