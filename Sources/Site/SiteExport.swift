import Catalogue
import Foundation

/// A file of the site, by path relative to the output root.
///
/// Text is kept as the `String` it was made as and written from its own UTF-8 storage: turning it
/// into `Data` first would copy every page, and hold a second copy of the largest exports (a
/// 20,000-course `catalogue.json` is 170 MB) while it is written. A file spliced from pieces made
/// elsewhere (a calendar's events, `catalogue.json`'s courses) keeps them as pieces, written one
/// after another: the offer's, each group's, each course's and each session's calendar share the
/// text of the same events instead of each holding a copy.
public struct OutputFile: Sendable {
    public var path: String
    private var content: Content

    private enum Content: Sendable {
        case data(Data)
        case text(String)
        case pieces([String])
        case bytePieces([[UInt8]])
    }

    public init(path: String, data: Data) {
        self.path = path
        content = .data(data)
    }

    public init(path: String, text: String) {
        self.path = path
        content = .text(text)
    }

    /// A text file made of `pieces`, in order (never joined into one string).
    public init(path: String, pieces: [String]) {
        self.path = path
        content = .pieces(pieces)
    }

    /// A file of UTF-8 text given as its bytes (a page, as the template renderer made it).
    init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytePieces: [bytes])
    }

    /// A file made of pieces of bytes (UTF-8 text written as bytes, `catalogue.json`'s courses in a
    /// build), in order, never joined.
    init(path: String, bytePieces: [[UInt8]]) {
        self.path = path
        content = .bytePieces(bytePieces)
    }

    /// The file's bytes (a copy, for text).
    public var data: Data {
        switch content {
        case .data(let data): return data
        case .text(let text): return Data(text.utf8)
        case .pieces(let pieces):
            var data = Data(capacity: byteCount)
            for piece in pieces { data.append(contentsOf: piece.utf8) }
            return data
        case .bytePieces(let pieces):
            var data = Data(capacity: byteCount)
            for piece in pieces { data.append(contentsOf: piece) }
            return data
        }
    }

    /// The number of bytes in the file.
    public var byteCount: Int {
        switch content {
        case .data(let data): return data.count
        case .text(let text): return text.utf8.count
        case .pieces(let pieces): return pieces.reduce(0) { $0 + $1.utf8.count }
        case .bytePieces(let pieces): return pieces.reduce(0) { $0 + $1.count }
        }
    }

    /// Calls `body` with the file's bytes, without copying them when the storage is contiguous
    /// (a file made of pieces is joined first: `forEachPiece` does without).
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch content {
        case .data(let data):
            return try data.withUnsafeBytes(body)
        case .text(var text):
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .pieces(let pieces):
            var text = pieces.joined()
            return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .bytePieces(let pieces):
            return try Array(pieces.joined()).withUnsafeBytes(body)
        }
    }

    /// The file's text as the pieces it was made of, in order (one piece for a file made as one
    /// text), sharing their storage; nil for a file made as bytes.
    public var textPieces: [String]? {
        switch content {
        case .data, .bytePieces: return nil
        case .text(let text): return [text]
        case .pieces(let pieces): return pieces
        }
    }

    /// Calls `body` with the file's bytes a piece at a time, in order, without copying them; stops
    /// at the first call that returns false. Returns false when it stopped early.
    public func forEachPiece(_ body: (UnsafeRawBufferPointer) throws -> Bool) rethrows -> Bool {
        switch content {
        case .data, .text:
            return try withBytes(body)
        case .pieces(let pieces):
            for var piece in pieces where !piece.isEmpty {
                guard try piece.withUTF8({ try body(UnsafeRawBufferPointer($0)) }) else { return false }
            }
            return true
        case .bytePieces(let pieces):
            for piece in pieces where !piece.isEmpty {
                guard try piece.withUnsafeBytes(body) else { return false }
            }
            return true
        }
    }

    /// How many pieces `forEachBatch` hands over at once (a `writev` takes up to 1,024).
    static let pieceBatch = 128

    /// Calls `body` with the file's bytes in batches of up to `pieceBatch` pieces, in order, every
    /// piece of a batch valid for the whole call (so they can be written with one `writev`), without
    /// copying them; stops at the first call that returns false. Returns false when it stopped early.
    func forEachBatch(_ body: ([UnsafeRawBufferPointer]) -> Bool) -> Bool {
        switch content {
        case .data, .text: return withBytes { body([$0]) }
        case .pieces(let pieces): return OutputFile.inBatches(pieces, body)
        case .bytePieces(let pieces): return OutputFile.inBatches(pieces, body)
        }
    }

    /// `forEachBatch` of `pieces`.
    private static func inBatches<Piece: LendsBytes>(_ pieces: [Piece], _ body: ([UnsafeRawBufferPointer]) -> Bool) -> Bool {
        var batch: [UnsafeRawBufferPointer] = []
        batch.reserveCapacity(min(pieces.count, OutputFile.pieceBatch))
        var start = 0
        while start < pieces.count {
            let end = min(start + OutputFile.pieceBatch, pieces.count)
            batch.removeAll(keepingCapacity: true)
            guard lend(pieces, start..<end, &batch, body) else { return false }
            start = end
        }
        return true
    }

    /// Adds the bytes of `pieces[range]` to `batch` one inside another, then calls `body` with them.
    private static func lend<Piece: LendsBytes>(_ pieces: [Piece], _ range: Range<Int>, _ batch: inout [UnsafeRawBufferPointer],
                                                _ body: ([UnsafeRawBufferPointer]) -> Bool) -> Bool {
        guard let index = range.first else { return body(batch) }
        return pieces[index].lendBytes { bytes in
            batch.append(bytes)
            return lend(pieces, range.dropFirst(), &batch, body)
        }
    }
}

/// A piece of a file that lends its bytes for the time of a call.
private protocol LendsBytes {
    func lendBytes(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool
}

extension String: LendsBytes {
    fileprivate func lendBytes(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }
}

extension [UInt8]: LendsBytes {
    fileprivate func lendBytes(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool { withUnsafeBytes(body) }
}

/// What every export sees: the catalogue and the build's "today".
public struct ExportContext: Sendable {
    public var catalogue: Catalogue
    public var today: LocalDate
    /// When the files are made, in seconds since 1970 UTC (`BuildClock.now`): calendars' DTSTAMP.
    /// Without one, midnight UTC at the start of `today`.
    public var madeAt: Int
    /// The history of changes, this build's first.
    var changes: ChangeLog = ChangeLog(changes: [])
    /// The theme's words, for the exports people read on the site (the search index); the exports
    /// that are data for other systems use `SiteStrings.english`.
    var strings: SiteStrings = .english
    /// The preview's memo of per-course pieces of output; nil in a full build.
    var fragments: CourseFragments?
    /// The site's plan (`SitePlan(catalogue)`), when the caller has made it already.
    var plan: SitePlan?

    public init(catalogue: Catalogue, today: LocalDate) {
        self.catalogue = catalogue
        self.today = today
        madeAt = today.daysSinceEpoch * 86_400
    }

    init(catalogue: Catalogue, today: LocalDate, changes: ChangeLog, strings: SiteStrings, fragments: CourseFragments? = nil) {
        self.init(catalogue: catalogue, today: today)
        self.strings = strings
        self.changes = changes
        self.fragments = fragments
    }
}

/// Turns the catalogue into files other than the HTML pages: calendars, feeds, data for other systems.
///
/// Each export is a small value type registered in `SiteExports.all`; the generator runs them in
/// parallel. Each declares what it reads, so the preview makes it again only when that changed.
protocol SiteExport: Sendable {
    /// What the export is made from.
    var reads: SiteReads { get }
    func files(for context: ExportContext) -> [OutputFile]
}

/// The exports every build writes, in a fixed order.
enum SiteExports {
    static let all: [any SiteExport] = [
        SearchIndexExport(), CourseFiltersExport(), BrandAssetsExport(), ContentFilesExport(), ChangesExport(),
        CalendarsExport(),
        CatalogueJSONExport(), CoursesCSVExport(), SessionsCSVExport(), AtomFeedExport(), SitemapExport(),
    ]

    /// An export's name, in timings and in the preview's record of which files it made.
    static func name(of export: any SiteExport) -> String { String(describing: type(of: export)) }

    /// What most exports read: every field of every published course, with the settings, the
    /// groups (their titles and calendars) and "today".
    static let everyCourse = SiteReads([.settings, .groups, .today], courses: [(.published, .all)])
}
