import Foundation
@testable import prospectus
import Spreadsheets
import TestSupport
import Testing

/// No name, email address or comment of the form downloads reaches any file Prospectus writes: the
/// staff site, the partner edition, or what `check --format json` prints.
@Suite("Form downloads stay private")
struct DownloadPrivacyTests {
    /// Every cell of the columns that hold people and their words: names, addresses, comments.
    static func personalCells() throws -> (names: Set<String>, emails: Set<String>, comments: Set<String>) {
        var names: Set<String> = [], emails: Set<String> = [], comments: Set<String> = []
        for (_, sheet) in try SampleBuild.sheets() {
            for (column, heading) in sheet.header.enumerated() {
                let heading = heading.lowercased()
                let cells = sheet.rows.map { $0[column].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if heading.contains("email") {
                    emails.formUnion(cells)
                } else if heading.contains("name") {
                    names.formUnion(cells)
                } else if heading.contains("comment") || heading.contains("better") {
                    comments.formUnion(cells)
                }
            }
        }
        return (names, emails, comments)
    }

    @Test("no name, email or comment of the sample downloads is in any file of either edition, nor in check's JSON")
    func nothingPersonal() throws {
        let (names, emails, comments) = try Self.personalCells()
        #expect(names.count > 5 && emails.count > 5 && comments.count > 5, "\(names.count) names, \(emails.count) emails, \(comments.count) comments")
        // The local part of an address too ("amara.cardew"), in case an address is ever cut at the @.
        let locals = emails.compactMap { $0.split(separator: "@").first.map(String.init) }
        let search = ManyTexts(names.union(emails).union(comments).union(locals))
        try withTemporaryFolder("privacy") { folder in
            var files: [(path: String, data: Data)] = []
            for edition in ["staff", "partners"] {
                let output = try SampleBuild.build(into: folder, edition: edition)
                files += try SampleBuild.files(under: output).map { ("\(edition)/\($0.path)", $0.data) }
                let json = try Check.parse(["--content", TestPaths.repository.appendingPathComponent("Content").path, "--theme", TestPaths.theme.path,
                                            "--history", folder.path("history-\(edition)").path, "--edition", edition, "--format", "json"])
                    .json(output: output.path)
                files.append(("check-\(edition).json", Data(json.utf8)))
            }
            #expect(files.count > 500)
            // The booked counts are there: the downloads were read.
            let page = try #require(files.first { $0.path == "staff/courses/first-aid-at-work.html" })
            #expect(String(decoding: page.data, as: UTF8.self).contains("8 booked"))
            for file in files {
                let found = search.found(in: file.data)
                #expect(found.isEmpty, "\(file.path) holds \(found.sorted().prefix(5))")
            }
        }
    }

    @Test("the search finds what it looks for, in any case")
    func searchFinds() {
        let search = ManyTexts(["Amara Cardew", "amara.cardew@example.org"])
        #expect(search.found(in: Data("<td>AMARA CARDEW</td>".utf8)) == ["amara cardew"])
        #expect(search.found(in: Data("mailto:amara.cardew@example.org".utf8)) == ["amara.cardew@example.org"])
        #expect(search.found(in: Data("Amara Cardle".utf8)).isEmpty)
    }
}
