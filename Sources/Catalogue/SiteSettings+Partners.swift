import Foundation
import Markdown
import Yams

extension SiteSettings {
    static let partnerKeys = ["title", "booking", "interest", "feedback", "contact", "url", "intro"]

    /// `partners:` in site.yml: the partner schools' edition's name, booking, interest and feedback forms, contact,
    /// its own address and its home-page introduction.
    static func readPartners(_ reader: MappingReader, contentDirectory: URL?, limits: FileLimits) -> PartnerSettings? {
        guard let node = reader.value("partners"),
              let section = MappingReader(node, path: "partners", log: reader.log, what: "partners") else { return nil }
        section.rejectUnknownKeys(partnerKeys)
        let contact = readContact(section, "contact", required: false, example: "partners@example.org", for: "partner schools")
        return PartnerSettings(title: section.string("title") ?? "Partner schools edition",
                               booking: readTemplate(section, "booking"), interest: readTemplate(section, "interest"),
                               feedback: readTemplate(section, "feedback"),
                               contact: contact, url: readPartnerURL(section), intro: readIntro(section, contentDirectory: contentDirectory, limits: limits))
    }

    /// `partners.url`: an absolute web address, given a final `/`.
    private static func readPartnerURL(_ section: MappingReader) -> String? {
        guard let text = section.string("url") else { return nil }
        let problem = URLSafety.problem(with: text, allowRelative: false) ?? (text.lowercased().hasPrefix("http") ? nil
            : URLProblem(code: .urlNotWeb, message: "the partner edition's url must be a web address", suggestion: "write it as https://partners.example.org/cpd/"))
        if let problem {
            section.log.error(problem.code, problem.message, at: section.value("url"), keyPath: "partners.url", suggestion: problem.suggestion)
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// `partners.intro`: Markdown for the partner edition's home page, read as a page's text is: its
    /// links checked, its pictures and documents found in the content folder (beside site.yml, or
    /// in files/) and published with the edition, every mistake at its place in site.yml.
    private static func readIntro(_ section: MappingReader, contentDirectory: URL?, limits: FileLimits) -> MarkdownDocument? {
        guard let text = section.string("intro"), let node = section.value("intro") else { return nil }
        let intro = MarkdownRenderer.render(text)
        let log = section.log
        let (lineOffset, indent) = markdownPlace(of: node, in: log.file)
        ContentFile.checkLinks(intro, bodyLineOffset: lineOffset, indent: indent, keyPath: "partners.intro", log: log)
        guard let contentDirectory else { return intro }
        let file = log.file.path
        let displayRoot = file.hasSuffix("/site.yml") ? String(file.dropLast("/site.yml".count)) : "."
        let media = MediaFolder(root: contentDirectory, folder: "", displayRoot: displayRoot, pageDepth: 0, limits: limits)
        return ContentFile.linkingFiles(intro, in: media, bodyLineOffset: lineOffset, indent: indent, keyPath: "partners.intro", log: log)
    }

    /// Where the Markdown text of `node` starts in the file: the line before its first line, and the
    /// bytes before its text on each line (the indentation of a `|` text, or the `intro: "` before a
    /// one-line value).
    static func markdownPlace(of node: Node, in file: SourceFile) -> (lineOffset: Int, indent: Int) {
        guard let mark = node.mark, case .scalar(let scalar) = node else { return (0, 0) }
        switch scalar.style {
        case .literal, .folded:
            let first = (mark.line + 1...max(mark.line + 1, file.lineCount)).lazy.compactMap { file.line($0) }
                .first { !$0.allSatisfy { $0 == " " } } ?? ""
            return (mark.line, first.prefix { $0 == " " }.count)
        default:
            let line = file.line(mark.line) ?? ""
            let before = line.unicodeScalars.prefix(mark.column - 1).reduce(0) { $0 + String($1).utf8.count }
            return (mark.line - 1, before + (scalar.style == .plain || scalar.style == .any ? 0 : 1))
        }
    }
}
