import Markdown

extension SiteSettings {
    static let partnerKeys = ["title", "booking", "interest", "feedback", "contact", "url", "intro"]

    /// `partners:` in site.yml: the partner schools' edition's name, booking, interest and feedback forms, contact,
    /// its own address and its home-page introduction.
    static func readPartners(_ reader: MappingReader) -> PartnerSettings? {
        guard let node = reader.value("partners"),
              let section = MappingReader(node, path: "partners", log: reader.log, what: "partners") else { return nil }
        section.rejectUnknownKeys(partnerKeys)
        let contact = readContact(section, "contact", required: false, example: "partners@example.org", for: "partner schools")
        return PartnerSettings(title: section.string("title") ?? "Partner schools edition",
                               booking: readTemplate(section, "booking"), interest: readTemplate(section, "interest"),
                               feedback: readTemplate(section, "feedback"),
                               contact: contact, url: readPartnerURL(section), intro: readIntro(section))
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

    /// `partners.intro`: Markdown for the partner edition's home page; its links and pictures are checked like a body's.
    private static func readIntro(_ section: MappingReader) -> MarkdownDocument? {
        guard let text = section.string("intro") else { return nil }
        let intro = MarkdownRenderer.render(text)
        for link in intro.links {
            let problem = link.isImage ? ContentFile.remoteImageProblem(link.destination) : nil
            if let problem {
                section.log.error(problem.code, problem.message, at: section.value("intro"), keyPath: "partners.intro", suggestion: problem.suggestion)
                continue
            }
            let linkProblem = link.destination.isEmpty
                ? URLProblem(code: .linkWithoutAddress, message: "a link in the intro has no address (or one that is never allowed, such as 'javascript:')",
                             suggestion: "write it as [text](https://example.org/page)")
                : URLSafety.problem(with: link.destination, allowRelative: true)
                    .map { URLProblem(code: $0.code, message: "link '\(link.destination.prefix(80))' in the intro: \($0.message)", suggestion: $0.suggestion) }
            if let linkProblem {
                section.log.error(linkProblem.code, linkProblem.message, at: section.value("intro"), keyPath: "partners.intro", suggestion: linkProblem.suggestion)
            }
        }
        return intro
    }
}
