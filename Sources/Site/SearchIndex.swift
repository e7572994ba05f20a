import Catalogue
import JSON

/// The search index, built at build time in pieces, so that a search loads only what it needs: at
/// 20,000 courses the whole index is megabytes, the pieces for one query a few tens of kilobytes.
///
/// - `assets/search-index.js` (`window.PROSPECTUS_SEARCH`): the manifest, the number of courses,
///   how many a results piece holds, and the keys of the word pieces.
/// - `assets/search/w-<key>.js`: the words starting with `key` (see `SearchWords.buckets`), each
///   with the courses it is in (see `SearchWords.postings`). A typed word loads the pieces whose key
///   it starts with and, from four letters, those whose key starts with it.
/// - `assets/search/v-<ab>.js`: every word starting with `ab`, without its courses: a word found
///   nowhere as typed looks there for the words a typo or two away, then loads their pieces.
/// - `assets/search/d-<n>.js`: what a result shows of courses `n × coursesPerPiece` onwards: title,
///   code, summary, provider, strand (g), format, page (relative to the site root) and next date.
///
/// Every piece is a script calling `window.PROSPECTUS_SEARCH_PIECE(name, data)`, loaded with a
/// script tag, not JSON fetched at run time, so that search works from a file share too, where
/// browsers refuse `fetch` of local files. Courses are numbered in the order of their titles, so the
/// number breaks ties between equal matches. Body text is cut to a few hundred characters.
struct SearchIndexExport: SiteExport {
    static let bodyCharacters = 600
    /// Courses per results piece (some 4 KB): a page of results (20) loads at most 20 of them.
    static let coursesPerPiece = 10
    /// The folder of the pieces.
    static let folder = "assets/search/"
    let reads = SiteExports.everyCourse

    /// The path of a piece (`w-sa`, `d-3`).
    static func piecePath(_ name: String) -> String { folder + name + ".js" }

    func files(for context: ExportContext) -> [OutputFile] {
        let views = ViewFactory(catalogue: context.catalogue, today: context.today, page: SitePath.home, strings: context.strings)
        // In the catalogue's order, by title: a course's number breaks ties between equal matches.
        let courses = context.catalogue.publishedCourses
        var files: [OutputFile] = []
        // Results: the entries, coursesPerPiece to a piece.
        for start in stride(from: 0, to: courses.count, by: Self.coursesPerPiece) {
            let entries = courses[start..<min(start + Self.coursesPerPiece, courses.count)].map { course -> JSONValue in
                .raw(context.fragment("search-entry", of: course) { Self.entry(course, views) })
            }
            files.append(Self.piece("d-\(start / Self.coursesPerPiece)", JSONValue.array(entries).rendered(.script)))
        }
        // Words: each course's words with the fields they are in, then the postings by word.
        let words = courses.map { course in
            context.fragment("search-words", of: course) { SearchWords.fields(of: Self.fields(course, views), mandatory: Self.everyoneNeeds(course)) }
        }
        let postings = SearchWords.postings(words)
        let buckets = SearchWords.buckets(postings)
        for (key, members) in buckets {
            files.append(Self.piece("w-" + key, "{" + members.map { postings[$0]!.json }.joined(separator: ",") + "}"))
        }
        // The words alone, by their first two letters: where a misspelt word finds what it meant.
        let vocabulary = Dictionary(grouping: postings.keys, by: { String($0.prefix(2)) }).sorted { $0.key < $1.key }
        for (prefix, members) in vocabulary {
            files.append(Self.piece("v-" + prefix, "[" + members.sorted().map { "\"" + $0 + "\"" }.joined(separator: ",") + "]"))
        }
        // Script-safe: U+2028/2029 (legal in JSON, but they ended string literals in older script
        // engines) and < > & are written as \u escapes.
        let manifest = JSONValue.object([
            "count": .int(courses.count), "per": .int(Self.coursesPerPiece), "buckets": .strings(buckets.map(\.key)),
            "words": .strings(vocabulary.map(\.key)),
        ]).rendered(.script)
        files.insert(OutputFile(path: SitePath.searchIndex, text: "window.PROSPECTUS_SEARCH = \(manifest);\n"), at: 0)
        return files
    }

    private static func piece(_ name: String, _ json: String) -> OutputFile {
        OutputFile(path: piecePath(name), text: "window.PROSPECTUS_SEARCH_PIECE(\"\(name)\", \(json));\n")
    }

    /// What a result shows, written as it sits in its piece (depth 1). One letter a key: a piece holds
    /// many entries. The members in the order `JSONValue` writes them (by key).
    private static func entry(_ course: Course, _ views: ViewFactory) -> String {
        var out = JSONStreamWriter(style: .script, depth: 1)
        out.beginObject()
        out.member("c", text: course.code?.value ?? "")
        out.member("f", text: views.strings.format(course.format))
        out.member("g", text: course.strand)
        out.member("n", text: views.nextDate(course).text)
        out.member("p", text: course.provider ?? "")
        out.member("s", text: course.summary)
        out.member("t", text: course.title)
        out.member("u", text: SitePath.course(course.slug))
        out.endObject()
        return out.finish()
    }

    /// The text searched, field by field, in the order of `SearchWords.fieldNames` (whose weights search.js knows).
    private static func fields(_ course: Course, _ views: ViewFactory) -> [String] {
        [course.title, course.code?.value ?? "", course.summary, course.provider ?? "", course.strand,
         views.strings.format(course.format), bodyStart(course.body.plainText)]
    }

    /// The first `bodyCharacters` characters of `text`. Where they are all ASCII but CR (which
    /// joins a following LF into one character), they are that many bytes: cut without walking
    /// the text character by character.
    static func bodyStart(_ text: String) -> String {
        let utf8 = text.utf8
        let simple = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count <= bodyCharacters || !bytes[..<(bodyCharacters + 1)].contains { $0 >= 0x80 || $0 == 13 }
        }
        guard simple == true else { return String(text.prefix(bodyCharacters)) }
        return utf8.count <= bodyCharacters ? text : String(text[..<utf8.index(utf8.startIndex, offsetBy: bodyCharacters)])
    }

    /// Mandatory for all staff (not for some groups, nor nominated people only): ranked first among
    /// equal matches.
    static func everyoneNeeds(_ course: Course) -> Bool { course.requiredOf == .everyone && course.groups == .all }
}
