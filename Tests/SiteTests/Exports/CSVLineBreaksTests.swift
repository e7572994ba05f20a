import Testing
@testable import Site

/// CSV cells' line breaks made CRLF and their quotes doubled on UTF-8 bytes, as the scalar by
/// scalar walk did it: every CR, LF and CRLF one CRLF; every `"` doubled, marks after it or not.
@Suite("CSV: line breaks and quotes by bytes")
struct CSVLineBreaksTests {
    /// The rule, scalar by scalar (how the writer did it before it worked on bytes).
    static func expectedBreaks(_ text: String) -> String {
        var result = String.UnicodeScalarView(), previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": result.append(contentsOf: "\r\n".unicodeScalars)
            case "\n": if !previousWasCR { result.append(contentsOf: "\r\n".unicodeScalars) }
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func expectedQuoted(_ text: String) -> String {
        var result = String.UnicodeScalarView(["\""])
        for scalar in text.unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append("\"") }
        }
        result.append("\"")
        return String(result)
    }

    static let samples = [
        "", "plain", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", "a\nb\rc\r\nd", "\nstarts", "ends\r", "é\r\n👩🏽‍🏫\n\u{301}x",
        "line\u{2028}separator\u{85}next", "\"", "\"\"", "a\"\u{301}b", "say \"hi\"\r\n\"again\"", "👩🏽‍🏫\"\n\"🧑🏽‍🏫",
    ]

    @Test("CR, LF and CRLF each become one CRLF, everything else kept", arguments: samples)
    func lineBreaks(text: String) {
        #expect(Array(CSVWriter.normaliseLineBreaks(text).utf8) == Array(Self.expectedBreaks(text).utf8))
    }

    @Test("quotes doubled, the text quoted", arguments: samples)
    func quotes(text: String) {
        #expect(Array(CSVWriter.quoted(text).utf8) == Array(Self.expectedQuoted(text).utf8))
    }

    @Test("property: random text of breaks, quotes, marks and wide characters")
    func randomText() {
        let pieces = ["\r", "\n", "\"", "a", "é", "\u{301}", "👩🏽‍🏫", ",", " ", "\u{2028}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Array(CSVWriter.normaliseLineBreaks(text).utf8) == Array(Self.expectedBreaks(text).utf8), "\(Array(text.utf8))")
            #expect(Array(CSVWriter.quoted(text).utf8) == Array(Self.expectedQuoted(text).utf8), "\(Array(text.utf8))")
        }
    }
}
