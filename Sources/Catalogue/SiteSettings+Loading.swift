import Foundation
import Yams

extension SiteSettings {
    static let keys = ["title", "offer", "academic_year", "url", "timezone", "contact", "booking", "feedback",
                       "interest", "terms", "training_days", "stages", "families", "strands", "brand", "partners", "files",
                       "times_of_day", "schools", "report"]

    /// Reads `site.yml`. Returns nil (with diagnostics) when a required setting is unusable.
    package static func load(_ file: SourceFile, contentDirectory: URL? = nil) -> (SiteSettings?, [Diagnostic]) {
        let log = FileDiagnostics(file: file, lineOffset: 0)
        guard !file.text.allSatisfy(\.isWhitespace) else {
            log.append(.error(.settingsEmpty, at: SourceLocation(file: file.path), "site.yml is empty",
                              suggestion: "it needs at least title, offer, academic_year, contact and stages; see docs/content-format.md"))
            return (nil, log.diagnostics)
        }
        guard let root = log.compose(file.text) else {
            if !log.hasErrors {
                log.append(.error(.settingsOnlyNotes, at: SourceLocation(file: file.path, line: 1, column: 1), "site.yml has only notes (lines starting with #), no settings",
                                  suggestion: "remove the # in front of the settings: title, offer, academic_year, contact and stages"))
            }
            return (nil, log.diagnostics)
        }
        log.warnAboutCutNotes(in: root)
        guard let reader = MappingReader(root, path: "", log: log, what: "site.yml") else { return (nil, log.diagnostics) }
        reader.rejectUnknownKeys(keys)

        let title = reader.string("title", required: true, example: "Northfield Learning Trust")
        let offer = reader.string("offer", required: true, example: "CPLD Offer 2026/27")
        var academicYear: AcademicYear?
        if let text = reader.string("academic_year", required: true, example: "2026-27") {
            academicYear = AcademicYear(text: text)
            if academicYear == nil {
                log.error(.invalidAcademicYear, "'\(text)' is not an academic year", at: reader.value("academic_year"), keyPath: "academic_year",
                          suggestion: "write it as the two years it spans, e.g. academic_year: 2026-27")
            }
        }
        var url = reader.string("url")
        if let text = url {
            if let problem = URLSafety.problem(with: text, allowRelative: false) ?? (text.lowercased().hasPrefix("http") ? nil
                : URLProblem(code: .urlNotWeb, message: "the site url must be a web address", suggestion: "write it as https://intranet.example.org/cpd/")) {
                // The site's address is a web address: the link checker's "or mailto:" does not apply.
                let bare = text.trimmingCharacters(in: .whitespaces)
                let suggestion = problem.suggestion?.contains("mailto") == true
                    ? "write it as https://\(bare.contains("@") || bare.contains(":") ? "intranet.example.org/cpd/" : bare)"
                    : problem.suggestion
                log.error(problem.code, problem.message, at: reader.value("url"), keyPath: "url", suggestion: suggestion)
                url = nil
            } else if !text.hasSuffix("/") {
                url = text + "/"
            }
        }
        let timezone = reader.string("timezone") ?? "Europe/London"
        TimeZoneHints.check(timezone, at: reader.value("timezone"), log: log)
        let contact = readContact(reader, "contact", required: true, example: "cpd@example.org", for: "staff")
        let booking = readTemplate(reader, "booking")
        let feedback = readTemplate(reader, "feedback")
        let interest = readTemplate(reader, "interest")
        let stages = readStages(reader)
        let terms = academicYear.map { readTerms(reader, year: $0) } ?? []
        var trainingDays = Set<LocalDate>()
        for (position, (text, node)) in (reader.stringList("training_days") ?? []).enumerated() {
            guard let (day, _) = MappingReader.date(from: node, keyPath: "training_days[\(position)]", log: log) else { continue }
            if let academicYear, !academicYear.contains(day) {
                log.warning(.trainingDayOutsideYear, "training day \(text) is outside the academic year \(academicYear)", at: node, keyPath: "training_days[\(position)]",
                            suggestion: "check the year of the date")
            }
            trainingDays.insert(day)
        }
        let families = reader.stringList("families")?.map(\.0)
        let strands = readStrands(reader)
        let brand = readBrand(reader, contentDirectory: contentDirectory)
        let files = readFileLimits(reader)
        let partners = readPartners(reader, contentDirectory: contentDirectory, limits: files)
        let boundaries = readDayBoundaries(reader)
        let schools = readSchools(reader)
        let report = readReport(reader)

        guard let title, let offer, let academicYear, let contact, !stages.isEmpty, !log.hasErrors else {
            return (nil, log.diagnostics)
        }
        var settings = SiteSettings(
            title: title, offer: offer, academicYear: academicYear, url: url, timezone: timezone, contact: contact,
            booking: booking, feedback: feedback, interest: interest, terms: terms, trainingDays: trainingDays, stages: stages,
            families: families ?? [], familiesDeclared: families != nil,
            strands: strands ?? [], strandsDeclared: strands != nil, brand: brand, partners: partners, schools: schools,
            source: file.location(line: 1, column: 1), files: files, dayBoundaries: boundaries)
        settings.report = report
        return (settings, log.diagnostics)
    }

    /// `brand: { colour: "#1d4f91", logo: logo.svg }`: a colour that passes WCAG AA behind white text,
    /// and a logo file in the content folder with no script in it.
    private static func readBrand(_ reader: MappingReader, contentDirectory: URL?) -> Brand? {
        guard let node = reader.value("brand"), let brand = MappingReader(node, path: "brand", log: reader.log, what: "brand") else { return nil }
        brand.rejectUnknownKeys(["colour", "logo"])
        var colour: RGBColour?
        if let text = brand.string("colour") {
            if let parsed = RGBColour(hex: text) {
                let ratio = parsed.contrast(with: .white)
                if ratio < 4.5 {
                    let passing = parsed.nearestPassing()
                    brand.log.error(.colourContrast,
                        "the brand colour \(text) has a contrast of \(String(format: "%.1f", ratio)):1 with the white text of the header; WCAG AA needs 4.5:1",
                        at: brand.value("colour"), keyPath: "brand.colour",
                        suggestion: "use \(passing), the nearest darker shade that passes (\(String(format: "%.1f", passing.contrast(with: .white))):1)")
                } else {
                    colour = parsed
                }
            } else {
                brand.log.error(.invalidColour, "'\(text)' is not a colour", at: brand.value("colour"), keyPath: "brand.colour",
                                suggestion: "write it as a hex colour in quotes, e.g. colour: \"#1d4f91\"")
            }
        }
        var logo: Logo?
        if let path = brand.string("logo"), let contentDirectory {
            logo = readLogo(path, node: brand.value("logo"), log: brand.log, contentDirectory: contentDirectory)
        }
        return Brand(colour: colour, logo: logo)
    }

    private static func readLogo(_ path: String, node: Node?, log: FileDiagnostics, contentDirectory: URL) -> Logo? {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard fileExtension == "svg" || fileExtension == "png" else {
            log.error(.logoWrongType, "the logo must be an .svg or .png file, not '\(path)'", at: node, keyPath: "brand.logo",
                      suggestion: "save the logo as SVG (best) or PNG in the content folder")
            return nil
        }
        let root = WorkingFolder.resolve(".", from: contentDirectory).path
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            : WorkingFolder.resolve(path, from: contentDirectory)
        guard url.path.hasPrefix(root + "/") else {
            log.error(.logoOutsideContent, "the logo must be a file inside the content folder", at: node, keyPath: "brand.logo",
                      suggestion: "copy the logo into Content/ and write its name, e.g. logo: logo.svg")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(.logoMissing, "the logo file '\(path)' does not exist", at: node, keyPath: "brand.logo",
                      suggestion: "put the file in the content folder, next to site.yml")
            return nil
        }
        guard data.count <= 1_000_000 else {
            log.error(.logoTooLarge, "the logo is \(data.count / 1000) kB; a logo should be well under 1 MB", at: node, keyPath: "brand.logo",
                      suggestion: "export a smaller version (an SVG is usually a few kB)")
            return nil
        }
        if fileExtension == "png" {
            guard data.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
                log.error(.logoNotPNG, "'\(path)' is not a PNG image", at: node, keyPath: "brand.logo", suggestion: "export the logo again as PNG or SVG")
                return nil
            }
            return Logo(path: path, fileExtension: fileExtension, data: data)
        }
        switch SVGSanitizer.sanitize(data) {
        case .success(let sanitised):
            return Logo(path: path, fileExtension: fileExtension, data: sanitised)
        case .failure(let problem):
            log.error(.logoUnsafeSVG, "the logo cannot be used: \(problem.message)", at: node, keyPath: "brand.logo", suggestion: problem.suggestion)
            return nil
        }
    }

    static func readTemplate(_ reader: MappingReader, _ key: String) -> URLTemplate? {
        guard let text = reader.string(key) else { return nil }
        switch URLTemplate.parse(text) {
        case .success(let template): return template
        case .failure(let problem):
            // Every mistyped placeholder of the line at once, each at its own place.
            let problems = problem.code == .urlUnknownPlaceholder ? URLTemplate.unknownPlaceholders(in: text) : [problem]
            for problem in problems.isEmpty ? [problem] : problems {
                reader.log.append(.error(problem.code, at: reader.log.location(of: reader.value(key), quoting: problem.quoted), keyPath: reader.keyPath(key),
                                         problem.message, suggestion: problem.suggestion))
            }
            return nil
        }
    }

    private static func readStages(_ reader: MappingReader) -> [Stage] {
        guard let items = reader.sequence("stages") else {
            if reader.isWrittenEmpty("stages") {
                reader.missing("stages", example: "[{ slug: early-career, title: Early career }]")
            } else if !reader.has("stages") {
                reader.log.error(.missingSetting, "'stages' is missing", at: reader.node, keyPath: "stages",
                                 suggestion: "list the career stages in order, e.g. stages: [{ slug: early-career, title: Early career }]")
            }
            return []
        }
        var stages: [Stage] = []
        for (index, item) in items.enumerated() {
            guard let stage = MappingReader(item, path: "stages[\(index)]", log: reader.log, what: "a stage") else { continue }
            stage.rejectUnknownKeys(["slug", "title"])
            guard let slug = stage.string("slug", required: true, example: "early-career"),
                  let title = stage.string("title", required: true, example: "Early career") else { continue }
            if !Slug.isValid(slug) {
                reader.log.error(.invalidStageSlug, "'\(slug)' is not a valid stage slug", at: stage.value("slug"), keyPath: stage.keyPath("slug"),
                                 suggestion: "use lowercase letters, digits and dashes: \(Slug.suggestion(for: slug))")
            } else if stages.contains(where: { $0.slug == slug }) {
                reader.log.error(.duplicateStage, "stage '\(slug)' is listed twice", at: stage.value("slug"), keyPath: stage.keyPath("slug"),
                                 suggestion: "give each stage its own slug")
            } else {
                stages.append(Stage(slug: slug, title: title))
            }
        }
        if stages.isEmpty, !items.isEmpty || reader.has("stages") {
            if !reader.log.hasErrors {
                reader.log.error(.noStages, "no career stages are defined", at: reader.value("stages"), keyPath: "stages",
                                 suggestion: "list at least one stage")
            }
        }
        return stages
    }

    private static func readTerms(_ reader: MappingReader, year: AcademicYear) -> [Term] {
        guard let items = reader.sequence("terms") else { return defaultTerms(for: year) }
        var terms: [Term] = []
        for (index, item) in items.enumerated() {
            guard let term = MappingReader(item, path: "terms[\(index)]", log: reader.log, what: "a term") else { continue }
            term.rejectUnknownKeys(["name", "starts"])
            guard let name = term.string("name", required: true, example: "Autumn"),
                  let (starts, node) = term.date("starts", required: true) else { continue }
            if let previous = terms.last, starts <= previous.starts {
                reader.log.error(.termsOutOfOrder, "term '\(name)' starts before the term listed above it", at: node, keyPath: term.keyPath("starts"),
                                 suggestion: "list the terms in date order")
                continue
            }
            terms.append(Term(name: name, starts: starts))
        }
        return terms
    }

    /// Autumn from 1 September, Spring from the first weekday of January after New Year, Summer from mid-April.
    static func defaultTerms(for year: AcademicYear) -> [Term] {
        var spring = LocalDate(year: year.startYear + 1, month: 1, day: 2)!
        while spring.weekday > 5 { spring = spring.adding(days: 1) }
        return [
            Term(name: "Autumn", starts: year.firstDay),
            Term(name: "Spring", starts: spring),
            Term(name: "Summer", starts: LocalDate(year: year.startYear + 1, month: 4, day: 15)!),
        ]
    }

    private static func readStrands(_ reader: MappingReader) -> [Strand]? {
        guard let items = reader.sequence("strands") else { return nil }
        var strands: [Strand] = []
        for (index, item) in items.enumerated() {
            if case .scalar(let scalar) = item, !MappingReader.isEmptyValue(item) {
                strands.append(Strand(title: scalar.string, summary: nil))
                continue
            }
            guard let strand = MappingReader(item, path: "strands[\(index)]", log: reader.log, what: "a strand") else { continue }
            strand.rejectUnknownKeys(["title", "summary"])
            guard let title = strand.string("title", required: true, example: "Mandatory training") else { continue }
            if strands.contains(where: { $0.title == title }) {
                reader.log.error(.duplicateStrand, "strand '\(title)' is listed twice", at: strand.value("title"), keyPath: strand.keyPath("title"))
                continue
            }
            strands.append(Strand(title: title, summary: strand.string("summary")))
        }
        return strands
    }
}
