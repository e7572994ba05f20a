import Catalogue
import Testing

@Suite struct ReportSettingsTests {
    @Test func theReportStaysOffTheStaffSiteUnlessTheLeadChooses() {
        let settings = ReportSettings()
        #expect(settings.onSite == .no)
        #expect(settings.exports == "../Exports")
    }
}
