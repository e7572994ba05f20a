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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var gap = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return comparableUnicode(text)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "#"), UInt8(ascii: "+"):
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                gap = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if gap, let last = bytes.last, (0x30...0x39).contains(last) { bytes.append(0x20) }
                bytes.append(byte)
                gap = false
            default:
                gap = true
            }
        }
        return bytes.isEmpty ? asWritten(text) : String(decoding: bytes, as: UTF8.self)
    }

    /// `comparable` of text that is not all ASCII.
    static func comparableUnicode(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var gap = false, lastIsDigit = false
        for scalar in text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars {
            if scalar.isASCII {
                // As `comparable` reads ASCII (the letters and spaces of most non-ASCII text too),
                // without looking up the scalar's properties.
                switch UInt8(scalar.value) {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "#"), UInt8(ascii: "+"):
                    result.append(scalar)
                    gap = false
                    lastIsDigit = false
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    result.append(Unicode.Scalar(UInt8(scalar.value) + 0x20))
                    gap = false
                    lastIsDigit = false
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if gap, lastIsDigit { result.append(" ") }
                    result.append(scalar)
                    gap = false
                    lastIsDigit = true
                default:
                    gap = true
                }
                continue
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
                continue  // accents and vowel marks left by the folding, zero-width characters
            case .decimalNumber, .letterNumber, .otherNumber:
                if gap, lastIsDigit { result.append(" ") }
                result.append(scalar)
                gap = false
                lastIsDigit = true
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                if properties.changesWhenLowercased {
                    result.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                } else {
                    result.append(scalar)  // the folding left most letters lowercase already
                }
                gap = false
                lastIsDigit = false
            default:
                gap = true
            }
        }
        return result.isEmpty ? asWritten(text) : String(result)
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
