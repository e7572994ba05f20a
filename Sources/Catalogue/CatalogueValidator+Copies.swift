import Foundation
extension CatalogueValidator {
    /// One place of a course in a copy check: what a copied-course warning says about it.
    struct CopyPlace: Sendable {
        let slug: String
        let title: String
        let location: SourceLocation
    }

    /// The warnings for the courses that share one title (`key` "title") or summary.
    static func copyWarnings(_ code: DiagnosticCode, key: String, courses: [CopyPlace]) -> [Diagnostic] {
        // The first few places are named, sorted, and the rest counted: a folder of thousands of
        // generated courses with one title must not cost thousands of names in each message.
        let places = courses.map { (slug: $0.slug, title: $0.title, place: $0.location.description) }.sorted { $0.place < $1.place }
        return courses.map { course in
            // Four are named; of more, three and a count (a count of one would hide a name it could give).
            // Found lazily: thousands of generated courses may share one title.
            let total = courses.count - 1
            let named = Array(places.lazy.filter { $0.slug != course.slug }.prefix(total <= 4 ? 4 : 3))
            // A title written another way ("FIRST AID AT WORK!") is quoted after its place, so the two can be told apart.
            var others = named.map { key == "title" && $0.title != course.title ? "\($0.place) ('\($0.title)')" : $0.place }
            if total > named.count { others.append("\(total - named.count) more") }
            let list = others.count > 1 ? others.dropLast().joined(separator: ", ") + " and " + others[others.count - 1] : others.joined()
            let another = total > 1 ? "other courses" : "another course"
            return .warning(code, at: course.location, keyPath: key,
                            key == "title" ? "'\(course.title)' is also the title of \(another), in \(list)"
                                           : "this summary is also the summary of \(another), in \(list)",
                            suggestion: total > 1
                                ? "if they were copied from one course, change the title and summary of each copy to say what that course is"
                                : "if one was copied from the other, change the title and summary of the copy to say what that course is")
        }
    }

    /// Text as compared for sameness: its letters, digits and symbols, lowercase and without
    /// accents, with spaces and punctuation left out ("Mánual  Handling!", "manual-handling" and
    /// "ManualHandling" are one title; "Co-ordinator" is "Coordinator"), except that digits apart
    /// stay apart ("Level 1-2" is not "Level 12"). `#` and `+` count ("C#" is not "C"). Text with
    /// none of these ("???") is compared as written, ignoring only capitals and spaces. Every
    /// course's title and summary pass through here on each check (and on each save in `serve`), so
    /// ASCII text, nearly all of it, is done byte by byte; anything else goes the Unicode way.
    static func comparable(_ text: String) -> String {
        var kept = ComparableText(capacity: text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return comparableUnicode(text) }
            kept.read(ascii: byte)
        }
        return kept.bytes.isEmpty ? asWritten(text) : String(decoding: kept.bytes, as: UTF8.self)
    }

    /// `comparable` of text that is not all ASCII.
    static func comparableUnicode(_ text: String) -> String {
        var kept = ComparableText(capacity: text.utf8.count)
        for scalar in text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars {
            // ASCII (the letters and spaces of most such text) as `comparable` reads it.
            if scalar.isASCII {
                kept.read(ascii: UInt8(scalar.value))
                continue
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
                continue  // accents and vowel marks left by the folding, zero-width characters
            case .decimalNumber, .letterNumber, .otherNumber:
                kept.keep(scalar, digit: true)
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                // The folding left most letters lowercase already.
                if properties.changesWhenLowercased {
                    for lower in properties.lowercaseMapping.unicodeScalars { kept.keep(lower, digit: false) }
                } else {
                    kept.keep(scalar, digit: false)
                }
            default:
                kept.gap = true
            }
        }
        return kept.bytes.isEmpty ? asWritten(text) : String(decoding: kept.bytes, as: UTF8.self)
    }

    /// What `comparable` keeps of a text so far, as UTF-8, and whether a gap (space or punctuation)
    /// came since the last thing kept, so that digits apart stay apart.
    private struct ComparableText {
        var bytes: [UInt8] = []
        var gap = false
        var lastIsDigit = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        /// One ASCII character: a letter lowercase, a digit, '#' and '+' kept; anything else a gap.
        mutating func read(ascii byte: UInt8) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "#"), UInt8(ascii: "+"):
                keep(byte, digit: false)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                keep(byte + 0x20, digit: false)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                keep(byte, digit: true)
            default:
                gap = true
            }
        }

        mutating func keep(_ scalar: Unicode.Scalar, digit: Bool) {
            if scalar.isASCII { return keep(UInt8(scalar.value), digit: digit) }
            separate(digit: digit)
            bytes.append(contentsOf: String(scalar).utf8)
        }

        private mutating func keep(_ byte: UInt8, digit: Bool) {
            separate(digit: digit)
            bytes.append(byte)
        }

        /// A space between two digits with a gap between them ("1-2" is "1 2", not "12").
        private mutating func separate(digit: Bool) {
            if digit, gap, lastIsDigit { bytes.append(UInt8(ascii: " ")) }
            gap = false
            lastIsDigit = digit
        }
    }

    /// Text with nothing `comparable` keeps, compared as written: lowercase, runs of spaces as one
    /// (marked so that it never equals a kept form).
    private static func asWritten(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? "" : "\u{0}" + words.joined(separator: " ")
    }

    /// The same session twice in one course (same days, start and venue): a warning at the later
    /// one, naming the line of the first. The same date and time at another venue is a session of
    /// its own (the INSET-day update runs at every school at once).
    static func duplicateSessions(_ course: Course) -> [Diagnostic] {
        struct SameSession: Hashable {
            let days: [LocalDate]
            let start: LocalTime?
            let venue: String?
        }
        var seen: [SameSession: Session] = [:]
        var diagnostics: [Diagnostic] = []
        for session in course.sessions where course.sessions.count > 1 {
            // "Staff Room", "Staff room" and "Staffroom" are one room: venues are compared without case or spaces.
            let key = SameSession(days: session.days, start: session.start, venue: session.venue.map { comparable($0).filter { $0 != " " } })
            guard let first = seen[key] else {
                seen[key] = session
                continue
            }
            let at = [session.start.map { " at \($0)" }, session.venue.map { " in \($0)" }].compactMap { $0 }.joined()
            diagnostics.append(.warning(.duplicateSession, at: session.location, keyPath: "sessions",
                                        "the session on \(session.firstDay.iso)\(at) is listed twice: it is the same as the session on line \(first.location.line)",
                                        suggestion: "delete one of the two, or correct its date, start time or venue"))
        }
        return diagnostics
    }
}
