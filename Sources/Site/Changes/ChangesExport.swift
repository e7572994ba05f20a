import Catalogue

/// `changes.json` (the history the next build extends) and `whats-new.xml`, an Atom feed with one
/// entry per change, so staff who subscribe see courses added or withdrawn and dates moved,
/// cancelled, filled or reopened.
struct ChangesExport: SiteExport {
    static let feedPath = "whats-new.xml"

    func files(for context: ExportContext) -> [OutputFile] {
        [OutputFile(path: ChangeLog.path, data: context.changes.json()),
         OutputFile(path: Self.feedPath, text: feed(context))]
    }

    private func feed(_ context: ExportContext) -> String {
        let settings = context.catalogue.settings
        let links = ExportLinks(settings)
        let e = XMLText.escape
        let updated = context.changes.changes.first.flatMap { LocalDate(iso: $0.date) } ?? settings.academicYear.firstDay
        let feedID = AtomFeedExport.feedID(settings) + "/whats-new"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n"
        xml += "  <id>\(e(feedID))</id>\n"
        xml += "  <title>\(e("\(settings.offer): what's new"))</title>\n"
        xml += "  <updated>\(ExportFormat.midnightUTC(updated))</updated>\n"
        if let own = links.absolute(Self.feedPath) {
            xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(e(own))\"/>\n"
        }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(e(links.absoluteOrRelative(SitePath.whatsNew)))\"/>\n"
        xml += "  <author>\n    <name>\(e(settings.title))</name>\n    <email>\(e(settings.contact))</email>\n  </author>\n"
        for change in context.changes.changes {
            let date = LocalDate(iso: change.date) ?? updated
            xml += "  <entry>\n"
            xml += "    <id>\(e(feedID + "/" + change.id))</id>\n"
            xml += "    <title>\(e("\(change.kind.label): \(change.title)"))</title>\n"
            if context.catalogue.course(change.course) != nil {
                xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(links.absoluteOrRelative(SitePath.course(change.course))))\"/>\n"
            }
            xml += "    <updated>\(ExportFormat.midnightUTC(date))</updated>\n"
            xml += "    <summary>\(e(change.detail))</summary>\n"
            xml += "    <category term=\"\(e(change.kind.rawValue))\"/>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
