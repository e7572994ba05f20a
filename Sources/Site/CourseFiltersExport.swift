import Catalogue
import JSON

/// What the courses index's filters need of every course when the index has several pages (the
/// cards of one page are not enough): `assets/course-filters/index.js` (`window.PROSPECTUS_FILTERS`:
/// how many courses and pieces, and the strands' slugs and titles) and `assets/course-filters/<n>.js`, each
/// `coursesPerPiece` courses in the index's order, loaded by site.js with script tags (which work
/// from a file share, unlike `fetch`) only once a filter is chosen. Written for every catalogue, so
/// that a site that grows past one page has them; no page of a one-page index loads them, nor the
/// theme's `course-filters.js` that reads them.
///
/// A course is an array: slug, title, strand (its number in the manifest), groups (`all` or slugs),
/// stages (`all` or slugs), format, terms, times of day (the card's `data-…` values), 1 when open
/// for booking plus 2 when mandatory, the format's and the next date's words.
struct CourseFiltersExport: SiteExport {
    /// The folder of the manifest and the pieces.
    static let folder = "assets/course-filters/"
    static let manifest = folder + "index.js"
    /// The theme's script that reads them (`Theme/assets/course-filters.js`).
    static let script = "assets/course-filters.js"
    /// About 0.15 KB a course: a piece is some 75 KB.
    static let coursesPerPiece = 500
    let reads = SiteExports.everyCourse

    static func piecePath(_ number: Int) -> String { folder + "\(number).js" }

    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        let views = ViewFactory(catalogue: catalogue, today: context.today, page: SitePath.courses, strings: context.strings)
        let strands = catalogue.strands
        let courses = strands.enumerated().flatMap { number, entry in entry.courses.map { (number, $0) } }
        var files: [OutputFile] = []
        for start in stride(from: 0, to: courses.count, by: Self.coursesPerPiece) {
            let entries = courses[start..<min(start + Self.coursesPerPiece, courses.count)].map { strand, course -> JSONValue in
                Self.entry(course, strand: strand, views)
            }
            let number = start / Self.coursesPerPiece
            files.append(OutputFile(path: Self.piecePath(number),
                                    text: "window.PROSPECTUS_FILTERS_PIECE(\(number), \(JSONValue.array(entries).rendered(.script)));\n"))
        }
        let manifest = JSONValue.object([
            "count": .int(courses.count), "pieces": .int(files.count), "per": .int(Self.coursesPerPiece),
            "strands": .array(strands.map { .array([.string($0.strand.slug), .string($0.strand.title)]) }),
        ]).rendered(.script)
        return [OutputFile(path: Self.manifest, text: "window.PROSPECTUS_FILTERS = \(manifest);\n")] + files
    }

    private static func entry(_ course: Course, strand: Int, _ views: ViewFactory) -> JSONValue {
        let filter = views.filterData(course)
        return .array([
            .string(course.slug), .string(course.title), .int(strand), .string(filter.groups), .string(filter.stages), .string(filter.format),
            .string(filter.terms), .string(filter.times), .int((filter.open ? 1 : 0) + (filter.mandatory ? 2 : 0)),
            .string(views.strings.format(course.format)), .string(views.nextDate(course).text),
        ])
    }
}
