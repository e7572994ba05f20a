import Catalogue

/// `changes.json` (the history the next build extends) and `whats-new.xml`, an Atom feed with one
/// entry per change, so staff who subscribe see courses added or withdrawn and dates moved,
/// cancelled, filled or reopened.
struct ChangesExport: SiteExport {
    static let feedPath = "whats-new.xml"
    let reads = SiteReads([.changes, .settings])

    func files(for context: ExportContext) -> [OutputFile] {
        [OutputFile(path: ChangeLog.path, data: context.changes.json()),
         OutputFile(path: Self.feedPath, text: feed(context))]
    }

    private func feed(_ context: ExportContext) -> String {
        let settings = context.catalogue.settings
        let links = ExportLinks(settings)
        let updated = context.changes.changes.first.flatMap { LocalDate(iso: $0.date) } ?? settings.academicYear.firstDay
        // The site url ends in "/": do not double it.
        let base = AtomFeedExport.feedID(settings)
        let feedID = base.hasSuffix("/") ? base + "whats-new" : base + "/whats-new"
        var atom = AtomWriter(
            id: feedID, title: "\(settings.offer): what's new", updated: updated, selfLink: links.absolute(Self.feedPath),
            alternate: links.absoluteOrRelative(SitePath.whatsNew), author: (settings.title, settings.contact))
        for change in context.changes.changes {
            let link = context.catalogue.course(change.course) != nil ? links.absoluteOrRelative(SitePath.course(change.course)) : nil
            atom.entry(id: feedID + "/" + change.id, title: "\(SiteStrings.english.change(change.kind)): \(change.title)", link: link,
                       updated: LocalDate(iso: change.date) ?? updated, summary: change.detail, category: change.kind.rawValue)
        }
        return atom.document
    }
}
