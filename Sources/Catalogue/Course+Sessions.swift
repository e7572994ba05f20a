import Yams

extension Course {
    static let sessionKeys = ["date", "days", "start", "end", "venue", "places", "places_left", "status", "cover_needed", "partners", "recurs"]

    /// The dated sessions, in date order, and the ones that recur before their days are fixed.
    static func readSessions(_ reader: MappingReader, title: String) -> ([Session], [RecurringSession]) {
        guard let items = reader.sequence("sessions") else { return ([], []) }
        let log = reader.log
        var sessions: [Session] = []
        var recurring: [RecurringSession] = []
        for (position, item) in items.enumerated() {
            let path = "sessions[\(position)]"
            guard let session = MappingReader(item, path: path, log: log, what: "a session") else { continue }
            session.rejectUnknownKeys(sessionKeys)
            let recurs = session.string("recurs")
            var days: [LocalDate] = []
            if recurs != nil, session.has("date") || session.has("days") {
                let key = session.has("date") ? "date" : "days"
                log.error(.recursWithDate, "a session that recurs ('recurs') has no fixed date yet, but this one has '\(key)'", at: session.value(key),
                          keyPath: session.keyPath(key), suggestion: "remove '\(key)' until the days are fixed, or remove 'recurs' and list each date as its own session")
            } else if recurs == nil {
                days = readDays(session, item: item, path: path)
            }
            let (start, end) = readTimes(session)
            let places = session.int("places", range: 1...100_000, example: "20")
            let placesLeft = session.int("places_left", range: 0...100_000, example: "3")
            if let places, let placesLeft, placesLeft > places {
                log.error(.placesLeftOverPlaces, "places_left (\(placesLeft)) is more than places (\(places))", at: session.value("places_left"),
                          keyPath: session.keyPath("places_left"), suggestion: "places is the total; places_left what remains")
            }
            let status = session.choice("status", as: SessionStatus.self) ?? .open
            let coverNeeded = session.bool("cover_needed")
            let forPartners = session.bool("partners") ?? true
            let venue = session.string("venue")
            if let venue { checkVenue(venue, session) }
            if let recurs, !session.has("date"), !session.has("days") {
                // Dates not yet fixed cannot be full, closed or cancelled: such a status was silently ignored.
                if [.full, .closed, .cancelled].contains(status) {
                    log.error(.unknownValue, "a session that recurs ('recurs') has no dates yet, so it cannot be '\(status.rawValue)'", at: session.value("status"),
                              keyPath: session.keyPath("status"),
                              suggestion: "remove the status (it shows as dates to be confirmed), or write status: invitation; give the status to each dated session once the days are fixed")
                }
                recurring.append(RecurringSession(
                    recurs: recurs, start: start, end: end, venue: venue, places: places,
                    invitation: status == .invitation, forPartners: forPartners, location: log.location(of: item)))
                continue
            }
            guard !days.isEmpty else { continue }
            sessions.append(Session(
                days: days, start: start, end: end, venue: venue, places: places,
                placesLeft: status == .open ? placesLeft : nil, status: placesLeft == 0 && status == .open ? .full : status,
                coverNeeded: coverNeeded, forPartners: forPartners, location: log.location(of: item),
                fullByPlacesLeft: placesLeft == 0 && status == .open))
        }
        return (sessions.sorted { ($0.firstDay, $0.start?.minutes ?? 0) < ($1.firstDay, $1.start?.minutes ?? 0) }, recurring)
    }

    /// The session's day or days; a day that is a bank holiday is warned about, naming it.
    private static func readDays(_ session: MappingReader, item: Node, path: String) -> [LocalDate] {
        let log = session.log
        var days: [(LocalDate, Node)] = []
        if session.has("date"), session.has("days") {
            log.error(.dateAndDays, "a session has either 'date' (one day) or 'days' (several), not both", at: session.value("days"),
                      keyPath: session.keyPath("days"), suggestion: "keep 'days' and put the date in its list")
        } else if let found = session.date("date") {
            days = [found]
        } else if let list = session.value("days") {
            if case .sequence(let sequence) = list {
                for (dayIndex, node) in sequence.enumerated() {
                    guard let (day, _) = MappingReader.date(from: node, keyPath: "\(session.keyPath("days"))[\(dayIndex)]", log: log) else { continue }
                    if let last = days.last?.0, day <= last {
                        log.error(.daysOutOfOrder, "the days of a session must be in date order, each after the one before", at: node,
                                  keyPath: "\(session.keyPath("days"))[\(dayIndex)]", suggestion: "sort the days, and list each day once")
                    }
                    days.append((day, node))
                }
                if sequence.isEmpty {
                    log.error(.emptyDays, "'days' is an empty list", at: list, keyPath: session.keyPath("days"), suggestion: "write days: [2026-11-04, 2026-11-18]")
                }
            } else {
                log.error(.notAList, "'days' must be a list of dates", at: list, keyPath: session.keyPath("days"),
                          suggestion: daysListHint(list.scalar?.string ?? ""))
            }
        } else if session.isWrittenEmpty("date") {
            session.missing("date", example: "2026-10-14")
        } else if !session.has("date") {
            log.error(.sessionWithoutDate, "the session has no date", at: item, keyPath: path,
                      suggestion: "add date: 2026-10-14 (or days: [ … ] for a course that meets on several days)")
        }
        for (day, node) in days {
            guard let holiday = BankHolidays.name(of: day) else { continue }
            log.warning(.sessionOnBankHoliday, "\(day.iso) is \(holiday), a bank holiday, when schools and offices are closed", at: node,
                        keyPath: session.keyPath(session.has("days") ? "days" : "date"), suggestion: "check the date: most likely another day was meant")
        }
        return days.map(\.0)
    }

    /// "write days: [2027-03-17, 2027-03-24]" with the editor's own dates, when written without brackets.
    static func daysListHint(_ text: String) -> String {
        if let hint = DateHints.bracketedDates(text, key: "days") { return hint }
        if let date = LocalDate(iso: text.trimmed()) { return "for one day write date: \(date.iso) (or days: [\(date.iso)])" }
        return "write days: [2026-11-04, 2026-11-18], the dates in square brackets, separated by commas"
    }

    /// Start and end; times in the night ("1:30" to "4:00" meant the afternoon) are warned about
    /// together, with both corrected.
    private static func readTimes(_ session: MappingReader) -> (LocalTime?, LocalTime?) {
        let log = session.log
        let start = session.time("start")
        let end = session.time("end")
        if let (startTime, _) = start, let (endTime, endNode) = end, endTime <= startTime {
            log.error(.endBeforeStart, "the session ends at \(endTime), which is not after it starts (\(startTime))", at: endNode,
                      keyPath: session.keyPath("end"), suggestion: "check the times; they use the 24-hour clock, so 3:30 pm is \"15:30\"")
        }
        // Nobody trains between midnight and six.
        let night = 6 * 60
        func afternoon(_ time: LocalTime) -> LocalTime { LocalTime(hour: time.hour + 12, minute: time.minute) ?? time }
        if let (startTime, startNode) = start, startTime.minutes < night {
            let later = afternoon(startTime)
            if let (endTime, _) = end, endTime > startTime {
                let laterEnd = endTime.minutes < night ? afternoon(endTime) : endTime
                let both = laterEnd != endTime
                log.warning(.timeInTheNight, "the session runs from \(startTime) to \(endTime): \(both ? "both times are" : "it starts") in the night",
                            at: startNode, keyPath: session.keyPath("start"),
                            suggestion: "times use the 24-hour clock: for the afternoon write start: \"\(later)\""
                                + (both ? " and end: \"\(laterEnd)\"" : "") + " (\(later) to \(laterEnd))")
            } else {
                log.warning(.timeInTheNight, "the session starts at \(startTime), in the night", at: startNode, keyPath: session.keyPath("start"),
                            suggestion: "times use the 24-hour clock: for the afternoon write \"\(later)\"")
            }
        }
        if end != nil, start == nil, !session.has("start") {
            log.error(.endWithoutStart, "the session has an end time but no start time", at: session.value("end"), keyPath: session.keyPath("start"),
                      suggestion: "add start: \"09:00\"")
        }
        return (start?.0, end?.0)
    }

    /// A joining link pasted into the venue: published as text nobody can click, and copied into calendars.
    private static func checkVenue(_ venue: String, _ session: MappingReader) {
        // "://" and "www." need a ':' or a '.': most venues have neither, and are not searched.
        guard venue.utf8.containsByte(UInt8(ascii: ":")) || venue.utf8.containsByte(UInt8(ascii: ".")) else { return }
        let lowered = venue.lowercased()
        guard let range = lowered.range(of: "https://") ?? lowered.range(of: "http://") ?? lowered.range(of: "www.") else { return }
        let address = String(venue[range.lowerBound...].prefix { !$0.isWhitespace })
        let service = lowered.contains("teams.") ? "Microsoft Teams" : lowered.contains("zoom.") ? "Zoom"
            : lowered.contains("meet.google") ? "Google Meet" : nil
        session.log.append(.warning(.venueIsALink, at: session.log.location(of: session.value("venue"), quoting: address), keyPath: session.keyPath("venue"),
                                    "the venue holds a web address, which is published as text nobody can click (and copied into calendars)",
                                    suggestion: "the venue is a place: write venue: Online\(service.map { " (\($0))" } ?? ""), and put the joining link in the course's link: (or booking:)"))
    }
}
