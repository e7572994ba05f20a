import Catalogue
@testable import Uptake
import Site
import Testing

@Suite struct ReportSettingsTests {
    @Test func theReportStaysOffTheStaffSiteUnlessTheLeadChooses() {
        let settings = ReportSettings()
        #expect(settings.onSite == .no)
        #expect(settings.exports == "../Exports")
    }
}

@Suite struct OutputMarkerNameTests {
    @Test func theDownloadsFolderKnowsTheMarkerOfEveryOutput() {
        // Uptake does not import Site: it names the marker itself, and must name the same file.
        #expect(ExportsFolder.outputMarker == OutputWriter.markerName)
    }
}
