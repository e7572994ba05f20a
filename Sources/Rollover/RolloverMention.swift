import Catalogue
import Foundation

/// A line of the rolled-over content that still names the old year, for the editor to check:
/// `Content-2027-28/courses/leading-teams.md:2 (title): 2026-27`.
public struct RolloverMention: Sendable, Equatable, CustomStringConvertible {
    /// The file as the editor sees it, and the line (1-based).
    public var file: String
    public var line: Int
    /// The setting the line belongs to (`title`, `summary`, `steps`, `offer`), or `text` for the
    /// description below the settings.
    public var place: String
    /// The old year as it is written on the line (`2026/27`, `2026 to 2027`).
    public var words: [String]

    /// `file:line`, as in every other message.
    public var location: String { "\(file):\(line)" }

    public var description: String { "\(location) (\(place)): \(words.joined(separator: ", "))" }

    /// Every line of `files` that names `year`, file by file, line by line.
    static func find(_ year: AcademicYear, in files: [(display: String, url: URL, kind: FileKind)]) -> [RolloverMention] {
        var found: [RolloverMention] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.url.path) else { continue }
            let text = EditableText(data)
            var layout: YAMLLayout?
            var laidOut = false
            for number in 1...max(1, text.lineCount) {
                let words = year.mentions(in: text.line(number))
                guard !words.isEmpty else { continue }
                if !laidOut {
                    layout = file.kind == .text ? nil : YAMLLayout(text, path: file.display, frontMatter: file.kind == .frontMatter)
                    laidOut = true
                }
                found.append(RolloverMention(file: file.display, line: number, place: place(of: number, in: layout), words: words))
            }
        }
        return found
    }

    /// What a file holds: settings only (site.yml), front matter and a description, or text only (index.md).
    enum FileKind: Sendable {
        case settings, frontMatter, text
    }

    /// The top-level setting whose lines hold `line`, or `text` below (or without) the settings.
    private static func place(of line: Int, in layout: YAMLLayout?) -> String {
        guard let layout, line <= layout.lastLine else { return "text" }
        return layout.keys.last { $0.line <= line }?.name ?? "text"
    }
}
