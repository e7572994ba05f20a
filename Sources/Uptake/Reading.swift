import Catalogue
import Spreadsheets

/// The downloads read so far: what they add up to, and what was wrong with them.
///
/// Only the configured columns of a row are ever read (course code, date, staff group, rating),
/// and a message quotes only the code and date cells: names, emails and comments reach nothing.
struct Reading {
    let finder: CourseFinder
    let settings: ReportSettings
    var uptake = Uptake()
    var diagnostics: [Diagnostic] = []
    /// The hint for each unknown code met so far: a download with thousands of rows in a wrong
    /// column would otherwise compare each row with every course again.
    private var unknownCodeHints: [String: String] = [:]
    /// Every response read so far, by kind, with the file it came from: a response is one person's
    /// answers with the form's timestamp, so a row met again is the same response in a second copy
    /// of a download (saved twice, or an older download beside a newer one). Kept in memory only.
    private var responses: [ExportFileSummary.Kind: [[String]: String]] = [:]

    init(finder: CourseFinder, settings: ReportSettings) {
        self.finder = finder
        self.settings = settings
    }

    /// The columns a download is read by; nil (with an error) when one it needs is missing.
    struct Columns {
        var code: Int
        var date: Int
        var group: Int?
        var rating: Int?
    }

    mutating func add(_ sheet: Sheet, kind: ExportFileSummary.Kind, file: String) {
        guard let columns = columns(of: sheet, kind: kind, file: file) else { return }
        var matched = 0
        var repeated: (count: Int, firstLine: Int, earlier: String)? = nil
        for row in sheet.rows {
            if let earlier = responses[kind]?[row.cells] {
                if repeated == nil { repeated = (0, row.line, earlier) }
                repeated?.count += 1
                continue
            }
            responses[kind, default: [:]][row.cells] = file
            guard let (course, session) = match(row, columns: columns, file: file) else { continue }
            matched += 1
            switch kind {
            case .bookings:
                let key = SessionKey(course: course.slug, firstDay: session.firstDay)
                let group = columns.group.map { finder.group(row[$0]) } ?? ""
                uptake.sessions[key, default: SessionUptake()].booked += 1
                uptake.sessions[key, default: SessionUptake()].byGroup[group, default: 0] += 1
                uptake.bookedBySession[BookedSession(course, session), default: 0] += 1
            case .evaluations:
                uptake.evaluations[course.slug, default: EvaluationSummary()].responses += 1
                if let column = columns.rating, let rating = rating(row, column: column, file: file) {
                    uptake.evaluations[course.slug, default: EvaluationSummary()].rated += 1
                    uptake.evaluations[course.slug, default: EvaluationSummary()].ratingTotal += Double(rating)
                }
            }
        }
        if let repeated {
            diagnostics.append(.warning(.downloadDuplicate, at: SourceLocation(file: file, line: repeated.firstLine, column: 1),
                                        "\(repeated.count) of the download's \(sheet.rows.count) responses are the same, cell for cell, as responses in \(repeated.earlier) (a download saved twice, or an older download beside a newer one), so they are counted once",
                                        suggestion: "keep one file per form, the newest download, and delete the others"))
        }
        uptake.files.append(ExportFileSummary(kind: kind, path: file, rows: sheet.rows.count, matched: matched))
    }

    /// The positions of the configured columns in the header; an error for each missing one.
    private mutating func columns(of sheet: Sheet, kind: ExportFileSummary.Kind, file: String) -> Columns? {
        let names = kind == .bookings ? settings.bookingColumns : settings.evaluationColumns
        let setting = "report.\(kind.rawValue)"
        var wanted = [("code", names.code), ("date", names.date)]
        if kind == .evaluations { wanted.append(("rating", names.rating)) }
        if Reading.looksLikeAResponse(sheet.header) {
            // Never listed: with no header row, the first row is somebody's answers (a name, an address).
            diagnostics.append(.error(.downloadColumnMissing, at: SourceLocation(file: file, line: 1, column: 1), keyPath: setting,
                                      "the first row of the \(kind == .bookings ? "booking" : "evaluation") download holds answers (a date, a number or an address), not the form's questions, so its columns cannot be found (the row is not shown: it may hold a name or an email)",
                                      suggestion: "download the file again from the form: its first row must be the questions, with '\(names.code)' and '\(names.date)' among them"))
            return nil
        }
        var found: [String: Int] = [:]
        for (key, name) in wanted {
            if let column = sheet.column(named: name) {
                found[key] = column
                continue
            }
            let present = sheet.header.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // Only a name close to the one looked for is shown: a file saved without its header row
            // begins with somebody's answers, which no message may quote.
            let near = (Suggestion.didYouMean(name, in: present) ?? Reading.sharingAWord(with: name, in: present).map { "did you mean '\($0)'?" })
                .map { "\($0) If so, write \(key): followed by that name under \(setting) in site.yml" }
            diagnostics.append(.error(.downloadColumnMissing, at: SourceLocation(file: file, line: 1, column: 1), keyPath: "\(setting).\(key)",
                                      "the \(kind == .bookings ? "booking" : "evaluation") download has no column '\(name)' (the \(key == "code" ? "course code" : key)) among its \(present.count) columns (their names are not shown: a file saved without its header row begins with somebody's answers)",
                                      suggestion: near ?? "open the file, find the question that holds the \(key == "code" ? "course code" : key), and write its name under \(setting) in site.yml, e.g. \(key): \(name)"))
        }
        guard let code = found["code"], let date = found["date"], kind == .bookings || found["rating"] != nil else { return nil }
        return Columns(code: code, date: date, group: kind == .bookings ? sheet.column(named: names.group) : nil, rating: found["rating"])
    }

    /// The course and session a row names; nil (with a warning) when it names none.
    private mutating func match(_ row: SheetRow, columns: Columns, file: String) -> (Course, Session)? {
        let code = row[columns.code].trimmingCharacters(in: .whitespacesAndNewlines)
        let dateText = row[columns.date].trimmingCharacters(in: .whitespacesAndNewlines)
        let codePlace = SourceLocation(file: file, line: row.line, column: columns.code + 1)
        let datePlace = SourceLocation(file: file, line: row.line, column: columns.date + 1)
        guard !code.isEmpty else {
            warn(.downloadUnknownCourse, at: codePlace, "the row has no course code, so it is not counted",
                 suggestion: "if it is a test or a mistake, delete the row from the download; otherwise fill in the code of the course")
            return nil
        }
        guard let course = finder.course(code) else {
            let shown = Reading.quotedCode(code)
            if let draft = finder.draft(code) {
                warn(.downloadUnknownCourse, at: codePlace, "\(shown) is the code of a draft course, which takes no bookings, so the row is not counted",
                     suggestion: "publish \(draft.reference) (remove draft: true) if its sessions are taking bookings")
            } else {
                let hint = unknownCodeHints[code] ?? Suggestion.didYouMean(code, in: finder.references).map { shown.hasPrefix("'") ? $0 : "check the column report: names for the code; " + $0 }
                    ?? "the code column must hold a course's code (its code: value, or its file name without .md), or its title"
                unknownCodeHints[code] = hint
                warn(.downloadUnknownCourse, at: codePlace, "\(shown) is not the code of a published course, so the row is not counted", suggestion: hint)
            }
            return nil
        }
        guard !dateText.isEmpty else {
            warn(.downloadUnreadableDate, at: datePlace, "the row for \(course.reference) has no session date, so it is not counted",
                 suggestion: CourseFinder.datesHint(course))
            return nil
        }
        guard let day = FormDate.parse(dateText) else {
            warn(.downloadUnreadableDate, at: datePlace, "\(Reading.quotedDate(dateText)) is not a date that can be read, so the row for \(course.reference) is not counted",
                 suggestion: "write the day first, as 25/03/2027, 25 Mar 2027 or 2027-03-25; " + CourseFinder.datesHint(course))
            return nil
        }
        guard let session = CourseFinder.session(of: course, on: day, at: FormDate.time(dateText)) else {
            warn(.downloadNoSession, at: datePlace, "\(course.reference) has no session on \(day.shortText), so the row is not counted",
                 suggestion: CourseFinder.datesHint(course))
            return nil
        }
        return (course, session)
    }

    /// The rating in a row, a whole number from 1 to the scale; nil for none (a question left
    /// blank, said nothing about) or one out of the scale (warned about, never quoted).
    private mutating func rating(_ row: SheetRow, column: Int, file: String) -> Int? {
        let text = row[column].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let scale = settings.evaluationColumns.ratingScale
        // A form's labelled choices ("5 - Excellent", "4: Good") give their number first.
        let leading = text.prefix { $0.isNumber }
        let number = Double(text) ?? (leading.isEmpty || leading.count == text.count || !(text.dropFirst(leading.count).first.map { " -–:.)".contains($0) } ?? false)
            ? nil : Double(leading))
        if let number, number.isFinite, number == number.rounded(), number >= 1, number <= Double(scale) {
            return Int(number)
        }
        warn(.downloadInvalidRating, at: SourceLocation(file: file, line: row.line, column: column + 1),
             "the rating is not a whole number from 1 to \(scale), so the response counts without a rating",
             suggestion: "check that report.evaluations.rating names the rating question (a number from 1 to \(scale), or a choice that starts with one: '5 - Excellent'), and that report.evaluations.scale is its highest rating")
        return nil
    }

    private mutating func warn(_ code: DiagnosticCode, at place: SourceLocation, _ message: String, suggestion: String) {
        diagnostics.append(.warning(code, at: place, message, suggestion: suggestion))
    }

    /// The first column whose name shares a word of three letters or more with `name`
    /// (`Date of session` for `Session date`).
    static func sharingAWord(with name: String, in columns: [String]) -> String? {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
        }
        let wanted = words(name)
        return columns.first { !words($0).isDisjoint(with: wanted) }
    }

    /// A code cell, in quotes, for a message, when it has the shape of a course code or file name:
    /// at most 40 letters, digits and `-._/`, no spaces, with a digit or a hyphen (`PH-01`,
    /// `first-aid`). Any other cell could be somebody's name or address (a column set wrongly, a
    /// typed answer) and is never shown: messages reach terminals, CI logs and `check --format json`.
    static func quotedCode(_ cell: String) -> String {
        let allowed = cell.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "-._/".unicodeScalars.contains($0) }
        let codeLike = !cell.isEmpty && cell.count <= 40 && allowed && cell.contains { $0.isNumber || $0 == "-" } && Reading.longestDigitRun(cell) <= 4
        return codeLike ? "'\(cell)'" : "the code cell (not shown: it is not shaped like a course code and may hold a name)"
    }

    /// A date cell, in quotes, for a message, when it is made only of digits, separators and the
    /// words of dates (month and weekday names, am, pm); any other cell is never shown.
    static func quotedDate(_ cell: String) -> String {
        let words = cell.lowercased().split { !$0.isLetter }.map(String.init)
        let names = words.filter { word in word.count >= 3 && Reading.dateWords.contains { $0.hasPrefix(word) } }
        let onlyDateWords = words.allSatisfy { ["am", "pm", "st", "nd", "rd", "th", "t", "at"].contains($0) || names.contains($0) }
        let characters = cell.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || " /.:-,".contains($0) }
        let shaped = cell.contains { "/.-:".contains($0) } || !names.isEmpty
        return !cell.isEmpty && cell.count <= 40 && cell.contains(where: \.isNumber) && onlyDateWords && characters && shaped
            && Reading.longestDigitRun(cell) <= 4
            ? "'\(cell)'" : "the date cell (not shown: it is not shaped like a date and may hold a name)"
    }

    /// The month and weekday names a date cell may hold (any prefix of three letters or more), as
    /// `FormDate` reads them.
    static let dateWords = (LocalDate.monthNames + LocalDate.weekdayNames).map { $0.lowercased() }

    /// The most digits in a row in `text` (a phone number has five or more; a code or a date four).
    static func longestDigitRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for character in text {
            run = character.isNumber ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// True when a header row is somebody's answers, not a form's questions: a cell is a date, a
    /// time, a number or an address (a download saved without its header row).
    static func looksLikeAResponse(_ header: [String]) -> Bool {
        header.contains { cell in
            let text = cell.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return false }
            return text.contains("@") || FormDate.parse(text) != nil || Double(text) != nil
                || text.split(separator: ":").count >= 2 && text.split(separator: ":").allSatisfy { $0.allSatisfy(\.isNumber) }
        }
    }
}
