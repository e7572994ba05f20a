import Catalogue
import Foundation
import TestSupport
import Testing

/// `report:` in site.yml, read with the care of every other section: each mistake at its place, with a fix.
@Suite("report: settings in site.yml")
struct ReportSettingsLoadingTests {
    static let base = """
        title: Testbridge Learning Trust
        offer: CPD Offer 2026/27
        academic_year: 2026-27
        contact: cpd@testbridge.example
        stages:
          - { slug: induction, title: Induction }

        """

    static func load(_ report: String) -> (ReportSettings?, [Diagnostic]) {
        let file = SourceFile(path: "Content/site.yml", text: base + report)
        let (settings, diagnostics) = SiteSettings.load(file)
        return (settings?.report, diagnostics)
    }

    @Test("without report: the defaults, ../Exports not written")
    func defaults() throws {
        let (report, diagnostics) = Self.load("")
        #expect(diagnostics.isEmpty)
        let settings = try #require(report)
        #expect(settings.exports == "../Exports" && settings.exportsSource == nil)
        #expect(settings.bookingColumns == FormColumns() && settings.fewestOpportunities == 5 && settings.onSite == .no)
    }

    @Test("every setting read")
    func everySetting() throws {
        let (report, diagnostics) = Self.load("""
            report:
              exports: ../Downloads
              bookings: { code: Code, date: Date, group: Role }
              evaluations: { code: Course, date: Day, rating: Score, scale: 10 }
              fewest_opportunities: 3
              on_site: linked

            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
        let settings = try #require(report)
        #expect(settings.exports == "../Downloads")
        #expect(settings.exportsSource?.description == "Content/site.yml:8:12")
        #expect([settings.bookingColumns.code, settings.bookingColumns.date, settings.bookingColumns.group] == ["Code", "Date", "Role"])
        #expect([settings.evaluationColumns.code, settings.evaluationColumns.date, settings.evaluationColumns.rating] == ["Course", "Day", "Score"])
        #expect(settings.evaluationColumns.ratingScale == 10 && settings.fewestOpportunities == 3 && settings.onSite == .linked)
    }

    @Test("exports: false reads none")
    func noExports() {
        #expect(Self.load("report: { exports: false }\n").0?.exports == nil)
        #expect(Self.load("report:\n  on_site: false\n").0?.onSite == ReportSettings.OnSite.no)
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        var yaml: String
        var code: DiagnosticCode
        var place: String
        var suggestion: String
        var testDescription: String { "\(code.rawValue) at \(place)" }
    }

    @Test("each mistake at its place, with a fix", arguments: [
        Mistake(yaml: "report:\n  export: ../Exports\n", code: .unknownSetting, place: "8:3", suggestion: "did you mean 'exports'?"),
        Mistake(yaml: "report:\n  bookings: { code: Code, dates: When }\n", code: .unknownSetting, place: "8:27", suggestion: "did you mean 'date'?"),
        Mistake(yaml: "report:\n  evaluations: { ratings: Score }\n", code: .unknownSetting, place: "8:18", suggestion: "did you mean 'rating'?"),
        Mistake(yaml: "report:\n  fewest_opportunities: five\n", code: .notAWholeNumber, place: "8:25", suggestion: "in figures"),
        Mistake(yaml: "report:\n  fewest_opportunities: 0\n", code: .numberOutOfRange, place: "8:25", suggestion: "fewest_opportunities: 5"),
        Mistake(yaml: "report:\n  evaluations: { scale: 1 }\n", code: .numberOutOfRange, place: "8:25", suggestion: "scale: 5"),
        Mistake(yaml: "report:\n  on_site: yes please\n", code: .unknownValue, place: "8:12", suggestion: "no, unlisted, linked"),
        Mistake(yaml: "report:\n  on_site: linkd\n", code: .unknownValue, place: "8:12", suggestion: "did you mean 'linked'?"),
        Mistake(yaml: "report:\n  exports: true\n", code: .unknownValue, place: "8:12", suggestion: "exports: false"),
        Mistake(yaml: "report:\n  exports: [a, b]\n", code: .notText, place: "8:12", suggestion: "exports: ../Exports"),
        Mistake(yaml: "report: ../Exports\n", code: .notAMapping, place: "7:9", suggestion: "exports: ../Exports"),
        Mistake(yaml: "report:\n  bookings: Course code\n", code: .notAMapping, place: "8:13", suggestion: "bookings: { code: Course code"),
        Mistake(yaml: "report:\n  bookings: { code: Session date }\n", code: .reportDuplicateColumn, place: "8:21", suggestion: "its own column"),
    ])
    func mistakes(_ mistake: Mistake) throws {
        let (_, diagnostics) = Self.load(mistake.yaml)
        let found = try #require(diagnostics.first { $0.code == mistake.code }, "\(diagnostics.map(\.summary))")
        #expect(found.place == "Content/site.yml:\(mistake.place)")
        #expect((found.suggestion ?? "").contains(mistake.suggestion), "\(found.summary)")
        #expect(found.severity == .error)
    }
}
