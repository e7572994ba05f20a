import Yams

extension Course {
    static let keys = ["title", "code", "summary", "strand", "groups", "stages", "format", "provider", "accreditation",
                       "cpd_hours", "mandatory", "renewal_months", "cost", "partner_cost", "prerequisites", "link",
                       "booking", "sessions", "partners", "staff_notes", "draft", "picture", "picture_alt",
                       "modules", "invitation_contact"]

    static func load(_ file: SourceFile, slug: String, index: ReferenceIndex, media: MediaFolder? = nil) -> (Course?, [Diagnostic]) {
        let content = ContentFile(file, slug: slug, kind: "course", media: media)
        guard let reader = content.reader else { return (nil, content.log.diagnostics) }
        let log = content.log
        reader.rejectUnknownKeys(keys, otherKinds: ContentFile.otherKinds(than: "course"))

        let title = reader.string("title", required: true, example: "Positive Handling Refresher")
        var code: Located<String>?
        if let text = reader.string("code") {
            if text.count > 40 || text.contains(where: { $0.isNewline }) {
                log.error(.codeTooLong, "the course code '\(text.prefix(40))…' is too long", at: reader.value("code"), keyPath: "code",
                          suggestion: "use a short code such as PH-201")
            } else {
                code = Located(text, at: log.location(of: reader.value("code")))
            }
        }
        let summary = reader.string("summary", required: true, example: "One sentence for listings.")
        SummaryMarkdown.check(reader, log: log)
        let strand = reader.string("strand", required: true, example: index.strands?.first ?? "Mandatory training")
        if let strand, let strands = index.strands, !strands.contains(strand) {
            log.error(.unknownStrand, "unknown strand '\(strand)'", at: reader.value("strand"), keyPath: "strand",
                      suggestion: Suggestion.didYouMean(strand, in: strands)
                        ?? "use one of the strands listed in site.yml: \(Suggestion.listing(strands))")
        }
        let groups = reader.groupSelection(index, required: true)
        if case .some(let slugs)? = groups, slugs.isEmpty, !log.hasErrors {
            log.warning(.noGroup, "the course is open to no group, so no staff group page lists it", at: reader.value("groups") ?? reader.node,
                        keyPath: "groups", suggestion: "name at least one group, or write groups: all")
        }
        var stages: [String] = []
        for (position, (stage, node)) in (reader.stringList("stages") ?? []).enumerated()
        where reader.checkStage(stage, node: node, keyPath: "stages[\(position)]", index: index) && !stages.contains(stage) {
            stages.append(stage)
        }
        let format = reader.choice("format", as: CourseFormat.self)
        if format == nil, !reader.has("format") {
            reader.missing("format", example: CourseFormat.allCases.map(\.rawValue).joined(separator: " | "))
        }
        let mandatoryFor = readMandatory(reader)
        let mandatory = mandatoryFor != nil
        let renewal = reader.int("renewal_months", range: 1...120, example: "24")
        if mandatory, renewal == nil, !reader.has("renewal_months"), log.misspelt["renewal_months"] == nil {
            log.warning(.noRenewalPeriod, "mandatory training has no renewal period", at: reader.value("mandatory"), keyPath: "renewal_months",
                        suggestion: "add renewal_months: 24 (or 12, 36) so staff know when to take it again")
        }
        var prerequisites: [Located<String>] = []
        for (position, (prerequisite, node)) in (reader.stringList("prerequisites") ?? []).enumerated() {
            let path = "prerequisites[\(position)]"
            if prerequisite == slug {
                log.error(.selfPrerequisite, "the course lists itself as a prerequisite", at: node, keyPath: path, suggestion: "remove '\(slug)' from prerequisites")
            } else if !index.courses.contains(prerequisite) {
                log.error(.unknownCourse, "unknown course '\(prerequisite)'", at: node, keyPath: path,
                          suggestion: log.didYouMean(prerequisite, in: index.courseNames, kind: "course")
                            ?? "\(index.courseListing(strand: strand, except: slug)); prerequisites are course file names in \(index.contentDisplay)/courses/ (without .md)")
            } else {
                prerequisites.append(Located(prerequisite, at: log.location(of: node)))
            }
        }
        var link = reader.string("link")
        if let text = link, let problem = URLSafety.problem(with: text, allowRelative: false) {
            log.error(problem.code, problem.message, at: reader.value("link"), keyPath: "link", suggestion: problem.suggestion)
            link = nil
        }
        let booking = SiteSettings.readTemplate(reader, "booking")
        let (sessions, recurring) = readSessions(reader, title: title ?? slug)
        let (cost, costs) = readCosts(reader)
        let draft = reader.bool("draft")  // read once: a value that is not true or false is one error, not two
        if draft != true {
            reader.rejectStarterText("summary", draftable: true)
            content.rejectStarterBody()
        }
        let picture = readPicture(reader, log: log, media: media)

        let course = Course(Fields(
            slug: slug, title: title ?? slug, code: code, summary: summary ?? "", strand: strand ?? "",
            groups: groups ?? .some([]), stages: stages, format: format ?? .faceToFace,
            provider: reader.string("provider"), accreditation: reader.string("accreditation"),
            cpdHours: reader.decimal("cpd_hours", maximum: 2000, example: "6"),
            mandatory: mandatory, mandatoryFor: mandatoryFor ?? .everyone, renewalMonths: renewal,
            cost: cost, partnerCost: readCost(reader, "partner_cost"),
            prerequisites: prerequisites, link: link, booking: booking, sessions: sessions,
            openToPartners: reader.bool("partners") ?? reader.has("partner_cost"), staffNotes: reader.string("staff_notes"),
            draft: draft ?? false, picture: picture,
            titleLocation: reader.value("title").map(log.location(of:)), summaryLocation: reader.value("summary").map(log.location(of:)),
            costs: costs, modules: readModules(reader), recurring: recurring,
            invitationContact: SiteSettings.readContact(reader, "invitation_contact", required: false, example: "nominations@example.org", for: "staff asking to be put forward"),
            body: content.body, bodyLinks: content.bodyLinks, source: content.location))
        return (log.hasErrors ? nil : course, log.diagnostics)
    }

    /// `cost: 45`, `cost: 12.50`, `cost: £45` or `cost: Free to trust staff`.
    static func readCost(_ reader: MappingReader, _ key: String) -> Cost? {
        guard let text = reader.string(key) else { return nil }
        let number = text.hasPrefix("£") ? String(text.dropFirst()) : text
        if let pounds = Double(number), pounds.isFinite {
            guard pounds >= 0, pounds < 1_000_000 else {
                reader.log.error(.invalidPrice, "'\(text)' is not a price", at: reader.value(key), keyPath: key,
                                 suggestion: "write a number of pounds (\(key): 45) or words (\(key): Free to trust staff)")
                return nil
            }
            return .pence(Int((pounds * 100).rounded()))
        }
        return .text(text)
    }
}
