import Foundation

/// A booking, feedback or interest link with placeholders, e.g.
/// `https://forms.example.org/book?course={code}&date={date}`.
///
/// Values are percent-encoded when substituted, so a course title can never break out of the URL.
public struct URLTemplate: Sendable, Hashable, CustomStringConvertible {
    /// The placeholders a template may use.
    public static let placeholders = ["code", "slug", "title", "date", "start"]

    enum Part: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    let parts: [Part]
    public let description: String

    /// Parses a template; the error says what is wrong in plain English, with a fix.
    public static func parse(_ text: String) -> Result<URLTemplate, URLProblem> {
        if let problem = URLSafety.problem(with: text, allowRelative: false) { return .failure(problem) }
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" {
                guard let close = text[index...].firstIndex(of: "}") else {
                    return .failure(URLProblem(code: .urlUnclosedPlaceholder, message: "the '{' in the link is never closed",
                                               suggestion: "write placeholders like {code}", quoted: String(text[index...].prefix(20))))
                }
                let name = String(text[text.index(after: index)..<close])
                guard placeholders.contains(name) else {
                    return .failure(URLProblem(code: .urlUnknownPlaceholder, message: "unknown placeholder '{\(name)}' in the link", suggestion: placeholderHint(name),
                                               quoted: "{\(name)}"))
                }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(.placeholder(name))
                index = text.index(after: close)
            } else {
                // Spaces are common in mailto subjects; encode them rather than refuse the link.
                if character == " " { literal += "%20" } else { literal.append(character) }
                index = text.index(after: index)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return .success(URLTemplate(parts: parts, description: text))
    }

    /// Every unknown placeholder of `text`, in order, each with its fix (the same one once): an
    /// editor who mistyped two is told both in one round.
    static func unknownPlaceholders(in text: String) -> [URLProblem] {
        var problems: [URLProblem] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !placeholders.contains(name), !problems.contains(where: { $0.quoted == "{\(name)}" }) {
                problems.append(URLProblem(code: .urlUnknownPlaceholder, message: "unknown placeholder '{\(name)}' in the link",
                                           suggestion: placeholderHint(name), quoted: "{\(name)}"))
            }
            rest = rest[rest.index(after: close)...]
        }
        return problems
    }

    /// Words editors write for a placeholder that has another name here.
    static let placeholderSynonyms: [String: String] = [
        "course": "code", "coursecode": "code", "course-code": "code", "id": "code", "ref": "code", "reference": "code",
        "name": "title", "coursename": "title", "course-name": "title", "course-title": "title",
        "day": "date", "session-date": "date", "sessiondate": "date",
        "time": "start", "start-time": "start", "starttime": "start", "starts": "start",
        "file": "slug", "filename": "slug", "page": "slug",
    ]

    /// "did you mean {code}?" for a mistyped or renamed placeholder, else the list of them.
    static func placeholderHint(_ name: String) -> String {
        let key = Suggestion.normalised(name.trimmingCharacters(in: .whitespaces))
        if placeholders.contains(key) { return "did you mean {\(key)}? (placeholders are written in lowercase, without spaces)" }
        let words = placeholders + placeholderSynonyms.keys.sorted()
        if let near = Suggestion.nearest(to: key, in: words) {
            return "did you mean {\(placeholderSynonyms[near] ?? near)}?"
        }
        return "use one of {\(placeholders.joined(separator: "}, {"))}"
    }

    /// True when the template uses `{name}`.
    public func uses(_ name: String) -> Bool { parts.contains(.placeholder(name)) }

    /// The URL with each placeholder replaced by its percent-encoded value (missing values are empty).
    public func expand(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .placeholder(let name): result += URLTemplate.percentEncode(values[name] ?? "")
            }
        }
        return result
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    public static func percentEncode(_ value: String) -> String {
        var text = value
        let encoded: [UInt8]? = text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { !isUnreserved($0) }) else { return nil }
            let hex: StaticString = "0123456789ABCDEF"
            var encoded = [UInt8]()
            encoded.reserveCapacity(bytes.count + 2 * (bytes.count - first))
            encoded.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if isUnreserved(byte) {
                    encoded.append(byte)
                } else {
                    encoded.append(UInt8(ascii: "%"))
                    encoded.append(hex.utf8Start[Int(byte >> 4)])
                    encoded.append(hex.utf8Start[Int(byte & 0xF)])
                }
            }
            return encoded
        }
        return encoded.map { String(decoding: $0, as: UTF8.self) } ?? value
    }

    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

/// Why a URL from content was refused, and how to fix it.
public struct URLProblem: Error, Sendable, Equatable {
    /// The kind of problem, carried into the diagnostic made from it.
    public var code: DiagnosticCode
    public var message: String
    public var suggestion: String?
    /// The part of the value the problem is about (`{cours}`), where the caret goes; nil for the whole value.
    public var quoted: String? = nil
}

/// The one rule for every URL that comes from content: http, https and mailto only, or a relative
/// address inside the site where that is allowed.
public enum URLSafety {
    public static let allowedSchemes = ["http", "https", "mailto"]

    /// Nil when `url` is safe to put in a page.
    public static func problem(with url: String, allowRelative: Bool) -> URLProblem? {
        let trimmed = url.trimmed()
        if trimmed.isEmpty { return URLProblem(code: .urlEmpty, message: "the link is empty", suggestion: nil) }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return URLProblem(code: .urlControlCharacter, message: "the link contains a control character", suggestion: "retype the link")
        }
        if trimmed.contains(where: { $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "`" || $0 == "\\" }) {
            return URLProblem(code: .urlForbiddenCharacter, message: "the link contains a character that is not allowed in a URL (< > \" ` or \\)",
                              suggestion: "copy the link again from the browser's address bar")
        }
        guard let scheme = scheme(of: trimmed) else {
            if trimmed.lowercased().hasPrefix("www.") {
                return URLProblem(code: .urlMissingHTTPS, message: "'\(trimmed)' has no 'https://', so it would be read as a page of this site",
                                  suggestion: "write it as https://\(trimmed)")
            }
            if allowRelative {
                if trimmed.hasPrefix("//") {
                    return URLProblem(code: .urlProtocolRelative, message: "a link starting with '//' leaves the site without saying how",
                                      suggestion: "start it with 'https://'")
                }
                return nil
            }
            if trimmed.contains("@"), !trimmed.contains("/") {
                // "mailto;cpd@…" or "mailto cpd@…": the scheme is there, with the wrong character after it.
                var address = Substring(trimmed)
                if trimmed.lowercased().hasPrefix("mailto") { address = address.dropFirst(6).drop { ";,.: ".contains($0) } }
                return URLProblem(code: .urlMissingMailto, message: "'\(trimmed)' has no scheme", suggestion: "for an email address write 'mailto:\(address)'")
            }
            if let document = URLSafety.documentPath(trimmed) {
                return URLProblem(code: .urlNotAbsolute, message: "'\(trimmed)' is a file, not a web address, so it cannot be this link",
                                  suggestion: "link to the file from the description below the settings instead: [the \(document)](\(trimmed))")
            }
            return URLProblem(code: .urlNotAbsolute, message: "'\(trimmed)' is not a full web address",
                              suggestion: "start it with 'https://' (or 'mailto:' for an email address)")
        }
        let lowered = scheme.lowercased()
        guard allowedSchemes.contains(lowered) else {
            return URLProblem(code: .urlForbiddenScheme, message: "links may only use http, https or mailto, not '\(lowered):'",
                              suggestion: lowered == "javascript" || lowered == "data" || lowered == "vbscript"
                                ? "remove this link: scripts and embedded data are never allowed in the offer"
                                : "link to an https:// page instead")
        }
        if lowered == "mailto" {
            let address = trimmed.dropFirst(scheme.count + 1).prefix { $0 != "?" }
            if !address.contains("@") {
                return URLProblem(code: .urlInvalidMailto, message: "'\(trimmed)' is not an email link", suggestion: "write it as mailto:name@example.org")
            }
            // Each address (a link may name several, with commas) as site.yml's contact is checked,
            // unless written with %-escapes, which that rule does not read.
            if !address.contains("%") {
                for one in address.split(separator: ",", omittingEmptySubsequences: false) {
                    if let problem = EmailAddress.problem(with: String(one)) {
                        return URLProblem(code: .urlInvalidMailto, message: "'\(trimmed)' is not a working email link: \(problem.message)",
                                          suggestion: "write it as mailto:name@example.org")
                    }
                }
            }
        } else {
            let rest = trimmed.dropFirst(scheme.count + 1)
            if rest.contains(where: \.isWhitespace) {
                return URLProblem(code: .urlForbiddenCharacter, message: "the address '\(trimmed)' contains a space, so browsers would open another page",
                                  suggestion: "copy the link again from the browser's address bar (a space in an address is written %20)")
            }
            guard rest.hasPrefix("//"), rest.count > 2, rest.dropFirst(2).first != "/" else {
                return URLProblem(code: .urlMissingHost, message: "'\(trimmed)' is missing the site name after '\(lowered)://'",
                                  suggestion: "write it as \(lowered)://example.org/page")
            }
            if let problem = URLSafety.hostProblem(trimmed, rest: rest.dropFirst(2), scheme: lowered) { return problem }
        }
        return nil
    }

    /// The scheme of an absolute URL (`https` of `https://…`), or nil for a relative one.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return nil
        }
        // "09:00" style strings or paths with a colon after a slash are not schemes.
        return String(candidate)
    }
}
