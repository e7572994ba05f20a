import Catalogue
import Foundation

/// The search index, built at build time into `assets/search-index.js`.
///
/// A script file (not JSON fetched at run time) so that search works from a file share too, where
/// browsers refuse `fetch` of local files. Body text is cut to a few hundred characters to keep the
/// file small on large catalogues.
struct SearchIndexExport: SiteExport {
    static let bodyCharacters = 600

    struct Entry: Encodable {
        /// title, code, summary, provider, strand, format, body excerpt, page (relative to the site root), next date
        var t: String, c: String, s: String, p: String, g: String, f: String, b: String, u: String, n: String
    }

    func files(for context: ExportContext) -> [OutputFile] {
        let views = ViewFactory(catalogue: context.catalogue, today: context.today, page: SitePath.home)
        let entries = context.catalogue.publishedCourses.map { course in
            Entry(t: course.title, c: course.code?.value ?? "", s: course.summary, p: course.provider ?? "",
                  g: course.strand, f: course.format.label, b: String(course.body.plainText.prefix(Self.bodyCharacters)),
                  u: SitePath.course(course.slug), n: views.nextDate(course).text)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        // U+2028/2029 are legal in JSON but ended string literals in older script engines.
        let safe = json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return [OutputFile(path: SitePath.searchIndex, text: "window.PROSPECTUS_SEARCH = \(safe);\n")]
    }
}
