import Yams

extension Course {
    static let keys = ["title", "code", "summary", "strand", "groups", "stages", "format", "provider", "accreditation",
                       "cpd_hours", "mandatory", "renewal_months", "cost", "partner_cost", "prerequisites", "link",
                       "booking", "sessions", "partners", "staff_notes", "draft", "picture", "picture_alt"]

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
        let mandatory = reader.bool("mandatory") ?? false
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
                            ?? "\(index.courseListing(strand: strand, except: slug)); prerequisites are course file names in Content/courses/ (without .md)")
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
        let sessions = readSessions(reader, title: title ?? slug)
        if reader.bool("draft") != true {
            reader.rejectStarterText("summary", draftable: true)
            content.rejectStarterBody()
        }
        let picture = readPicture(reader, log: log, media: media)

        let course = Course(Fields(
            slug: slug, title: title ?? slug, code: code, summary: summary ?? "", strand: strand ?? "",
            groups: groups ?? .some([]), stages: stages, format: format ?? .faceToFace,
            provider: reader.string("provider"), accreditation: reader.string("accreditation"),
            cpdHours: reader.decimal("cpd_hours", maximum: 2000, example: "6"),
            mandatory: mandatory, renewalMonths: renewal,
            cost: readCost(reader, "cost"), partnerCost: readCost(reader, "partner_cost"),
            prerequisites: prerequisites, link: link, booking: booking, sessions: sessions,
            openToPartners: reader.bool("partners") ?? reader.has("partner_cost"), staffNotes: reader.string("staff_notes"),
            draft: reader.bool("draft") ?? false, picture: picture,
            titleLocation: reader.value("title").map(log.location(of:)), summaryLocation: reader.value("summary").map(log.location(of:)),
            body: content.body, bodyLinks: content.bodyLinks, source: content.location))
        return (log.hasErrors ? nil : course, log.diagnostics)
    }

    /// `cost: 45`, `cost: 12.50`, `cost: £45` or `cost: Free to trust staff`.
    private static func readCost(_ reader: MappingReader, _ key: String) -> Cost? {
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

    private static func readSessions(_ reader: MappingReader, title: String) -> [Session] {
        guard let items = reader.sequence("sessions") else { return [] }
        let log = reader.log
        var sessions: [Session] = []
        for (position, item) in items.enumerated() {
            let path = "sessions[\(position)]"
            guard let session = MappingReader(item, path: path, log: log, what: "a session") else { continue }
            session.rejectUnknownKeys(["date", "days", "start", "end", "venue", "places", "places_left", "status", "cover_needed", "partners"])
            var days: [LocalDate] = []
            if session.has("date"), session.has("days") {
                log.error(.dateAndDays, "a session has either 'date' (one day) or 'days' (several), not both", at: session.value("days"),
                          keyPath: session.keyPath("days"), suggestion: "keep 'days' and put the date in its list")
            } else if let (date, _) = session.date("date") {
                days = [date]
            } else if let list = session.value("days") {
                if case .sequence(let sequence) = list {
                    for (dayIndex, node) in sequence.enumerated() {
                        guard let (day, _) = MappingReader.date(from: node, keyPath: "\(session.keyPath("days"))[\(dayIndex)]", log: log) else { continue }
                        if let last = days.last, day <= last {
                            log.error(.daysOutOfOrder, "the days of a session must be in date order, each after the one before", at: node,
                                      keyPath: "\(session.keyPath("days"))[\(dayIndex)]", suggestion: "sort the days, and list each day once")
                        }
                        days.append(day)
                    }
                    if sequence.isEmpty {
                        log.error(.emptyDays, "'days' is an empty list", at: list, keyPath: session.keyPath("days"), suggestion: "write days: [2026-11-04, 2026-11-18]")
                    }
                } else {
                    log.error(.notAList, "'days' must be a list of dates", at: list, keyPath: session.keyPath("days"),
                              suggestion: "write days: [2026-11-04, 2026-11-18]")
                }
            } else if session.isWrittenEmpty("date") {
                session.missing("date", example: "2026-10-14")
            } else if !session.has("date") {
                log.error(.sessionWithoutDate, "the session has no date", at: item, keyPath: path,
                          suggestion: "add date: 2026-10-14 (or days: [ … ] for a course that meets on several days)")
            }
            let start = session.time("start")
            let end = session.time("end")
            if let (startTime, _) = start, let (endTime, endNode) = end, endTime <= startTime {
                log.error(.endBeforeStart, "the session ends at \(endTime), which is not after it starts (\(startTime))", at: endNode,
                          keyPath: session.keyPath("end"), suggestion: "check the times; they use the 24-hour clock, so 3:30 pm is \"15:30\"")
            }
            // "1:00" to "4:00" meant the afternoon: nobody trains between midnight and six.
            if let (startTime, startNode) = start, startTime.minutes < 6 * 60 {
                let hour = startTime.minutes / 60, later = String(format: "%02d:%02d", hour + 12, startTime.minutes % 60)
                log.warning(.timeInTheNight, "the session starts at \(startTime), in the night", at: startNode, keyPath: session.keyPath("start"),
                            suggestion: "times use the 24-hour clock: for the afternoon write \"\(later)\"")
            }
            if end != nil, start == nil, !session.has("start") {
                log.error(.endWithoutStart, "the session has an end time but no start time", at: session.value("end"), keyPath: session.keyPath("start"),
                          suggestion: "add start: \"09:00\"")
            }
            let places = session.int("places", range: 1...100_000, example: "20")
            let placesLeft = session.int("places_left", range: 0...100_000, example: "3")
            if let places, let placesLeft, placesLeft > places {
                log.error(.placesLeftOverPlaces, "places_left (\(placesLeft)) is more than places (\(places))", at: session.value("places_left"),
                          keyPath: session.keyPath("places_left"), suggestion: "places is the total; places_left what remains")
            }
            let status = session.choice("status", as: SessionStatus.self) ?? .open
            let coverNeeded = session.bool("cover_needed")
            let forPartners = session.bool("partners") ?? true
            guard !days.isEmpty else { continue }
            sessions.append(Session(
                days: days, start: start?.0, end: end?.0, venue: session.string("venue"), places: places,
                placesLeft: status == .open ? placesLeft : nil, status: placesLeft == 0 && status == .open ? .full : status,
                coverNeeded: coverNeeded, forPartners: forPartners, location: log.location(of: item)))
        }
        return sessions.sorted { ($0.firstDay, $0.start?.minutes ?? 0) < ($1.firstDay, $1.start?.minutes ?? 0) }
    }
}
