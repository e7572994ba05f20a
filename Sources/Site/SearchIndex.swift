import Catalogue
import JSON

/// The search index, built at build time into `assets/search-index.js`.
///
/// A script file (not JSON fetched at run time) so that search works from a file share too, where
/// browsers refuse `fetch` of local files. Body text is cut to a few hundred characters to keep the
/// file small on large catalogues.
struct SearchIndexExport: SiteExport {
    static let bodyCharacters = 600
    let reads = SiteExports.everyCourse

    func files(for context: ExportContext) -> [OutputFile] {
        let views = ViewFactory(catalogue: context.catalogue, today: context.today, page: SitePath.home, strings: context.strings)
        // Keys: title, code, summary, provider, strand (g), format, body excerpt, page (relative to
        // the site root), next date, and m: 1 for training everyone must do. One letter each: the
        // file holds one entry per course.
        let entries = context.catalogue.publishedCourses.map { course -> JSONValue in
            .raw(context.fragment("search-entry", of: course) { Self.entry(course, views).text(style: .script, depth: 1) })
        }
        // Script-safe: U+2028/2029 (legal in JSON, but they ended string literals in older script
        // engines) and < > & are written as \u escapes.
        let json = JSONValue.array(entries).rendered(.script)
        return [OutputFile(path: SitePath.searchIndex, text: "window.PROSPECTUS_SEARCH = \(json);\n")]
    }

    private static func entry(_ course: Course, _ views: ViewFactory) -> JSONValue {
        var members: [String: JSONValue] = [
            "t": .string(course.title), "c": .string(course.code?.value ?? ""), "s": .string(course.summary),
            "p": .string(course.provider ?? ""), "g": .string(course.strand), "f": .string(views.strings.format(course.format)),
            "b": .string(String(course.body.plainText.prefix(Self.bodyCharacters))),
            "u": .string(SitePath.course(course.slug)), "n": .string(views.nextDate(course).text),
        ]
        // Mandatory for every member of staff: ranked first among equal matches. Written only when
        // true, so the other entries cost nothing.
        if everyoneNeeds(course) { members["m"] = .int(1) }
        return .object(members)
    }

    /// Mandatory training for all staff (not for some groups, nor nominated people only).
    static func everyoneNeeds(_ course: Course) -> Bool { course.requiredOf == .everyone && course.groups == .all }
}
