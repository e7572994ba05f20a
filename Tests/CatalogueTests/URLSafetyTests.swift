@testable import Catalogue
import Testing

@Suite("URLSafety: the one rule for URLs from content")
struct URLSafetyTests {
    @Test("http, https and mailto are allowed", arguments: [
        "https://example.org", "https://example.org/cpd/?a=1&b=2#x", "http://intranet.example/cpd", "HTTPS://EXAMPLE.ORG/",
        "mailto:cpd@example.org", "mailto:cpd@example.org?subject=Booking", "MailTo:cpd@example.org", "  https://example.org  ",
    ])
    func allowed(url: String) {
        #expect(URLSafety.problem(with: url, allowRelative: false) == nil)
        #expect(URLSafety.problem(with: url, allowRelative: true) == nil)
    }

    @Test("script and data schemes are blocked in any case, with or without leading whitespace", arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)", "\u{00A0}javascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,<b>",
    ])
    func scriptSchemesBlocked(url: String) throws {
        let problem = try #require(URLSafety.problem(with: url, allowRelative: true))
        let relativeNotAllowed = try #require(URLSafety.problem(with: url, allowRelative: false))
        #expect(problem == relativeNotAllowed)
        #expect(problem.message.hasPrefix("links may only use http, https or mailto") || problem.message.contains("not allowed in a URL"))
    }

    @Test("the message names the scheme in lower case and says scripts are never allowed")
    func scriptMessage() throws {
        let problem = try #require(URLSafety.problem(with: "JAVASCRIPT:alert(1)", allowRelative: true))
        #expect(problem.message == "links may only use http, https or mailto, not 'javascript:'")
        #expect(problem.suggestion == "remove this link: scripts and embedded data are never allowed in the offer")
    }

    @Test("other schemes are blocked with a plainer hint", arguments: ["ftp://example.org/file", "file:///etc/passwd", "tel:+441234567890", "ms-word:ofe|u|https://x"])
    func otherSchemesBlocked(url: String) throws {
        let problem = try #require(URLSafety.problem(with: url, allowRelative: true))
        #expect(problem.message.hasPrefix("links may only use http, https or mailto"))
        #expect(problem.suggestion == "link to an https:// page instead")
    }

    @Test("control characters are refused, wherever they are", arguments: [
        "java\tscript:alert(1)", "java\nscript:alert(1)", "\njavascript:alert(1)", "https://example.org/\u{0}x",
        "https://example.org/\u{7F}", "https://exa\rmple.org", "\u{1B}https://example.org",
    ])
    func controlCharacters(url: String) throws {
        let problem = try #require(URLSafety.problem(with: url, allowRelative: true))
        #expect(problem.message == "the link contains a control character")
    }

    @Test("characters that could break out of an attribute are refused", arguments: [
        "https://example.org/\"onmouseover=alert(1)", "https://example.org/<script>", "https://example.org/`x`", #"https://example.org\evil"#,
    ])
    func attributeBreakers(url: String) throws {
        let problem = try #require(URLSafety.problem(with: url, allowRelative: true))
        #expect(problem.message.contains("not allowed in a URL"))
    }

    @Test("relative addresses are allowed only where relative links are", arguments: [
        "pages/how-to-book.html", "../groups/teachers.html#required", "#dates", "?q=1", "how-to-book.html",
    ])
    func relativeAddresses(url: String) {
        #expect(URLSafety.problem(with: url, allowRelative: true) == nil)
        #expect(URLSafety.problem(with: url, allowRelative: false) != nil)
    }

    @Test("a colon that is not a scheme keeps a relative address relative", arguments: ["notes/09:00.html", "1a:b"])
    func colonNotScheme(url: String) {
        #expect(URLSafety.scheme(of: url) == nil)
        #expect(URLSafety.problem(with: url, allowRelative: true) == nil)
    }

    @Test("a protocol-relative address is refused even where relative links are allowed")
    func protocolRelative() throws {
        let problem = try #require(URLSafety.problem(with: "//evil.example/x", allowRelative: true))
        #expect(problem.suggestion == "start it with 'https://'")
    }

    @Test("a web address without the scheme is explained")
    func missingScheme() throws {
        let problem = try #require(URLSafety.problem(with: "www.example.org/module", allowRelative: false))
        #expect(problem.message == "'www.example.org/module' has no 'https://', so it would be read as a page of this site")
        #expect(problem.suggestion == "write it as https://www.example.org/module")
        #expect(URLSafety.problem(with: "www.example.org", allowRelative: true) != nil)
        let email = try #require(URLSafety.problem(with: "cpd@example.org", allowRelative: false))
        #expect(email.suggestion == "for an email address write 'mailto:cpd@example.org'")
    }

    @Test("http(s) without a host, and mailto without an address, are refused", arguments: [
        "https://", "https:/example.org", "https:example.org", "http:///path", "mailto:", "mailto:nobody", "mailto:?subject=x@y",
    ])
    func incompleteAbsolute(url: String) {
        #expect(URLSafety.problem(with: url, allowRelative: true) != nil)
    }

    @Test("an empty or blank link is refused", arguments: ["", "   "])
    func emptyLink(url: String) throws {
        #expect(try #require(URLSafety.problem(with: url, allowRelative: true)).message == "the link is empty")
    }

    @Test("scheme(of:) reads RFC 3986 schemes only")
    func schemeParsing() {
        #expect(URLSafety.scheme(of: "https://x") == "https")
        #expect(URLSafety.scheme(of: "svn+ssh://x") == "svn+ssh")
        #expect(URLSafety.scheme(of: "a/b:c") == nil)
        #expect(URLSafety.scheme(of: "no-colon") == nil)
        #expect(URLSafety.scheme(of: ":x") == nil)
    }

    @Test("an email link to an address that cannot work is refused, as site.yml's contact is", arguments: [
        "mailto:cpd@northfield-trust", "mailto:cpd@northfield-trust,example", "mailto:cpd@@example.org", "mailto:c pd@example.org",
    ])
    func brokenEmailLinks(url: String) throws {
        let problem = try #require(URLSafety.problem(with: url, allowRelative: false))
        #expect(problem.code == .urlInvalidMailto)
        #expect(problem.suggestion == "write it as mailto:name@example.org")
    }

    @Test("email links that work pass, several addresses and a subject included", arguments: [
        "mailto:cpd@example.org", "mailto:cpd@example.org?subject=First%20aid", "mailto:a@example.org,b@example.org", "mailto:j.o'neil@example.co.uk",
    ])
    func workingEmailLinks(url: String) {
        #expect(URLSafety.problem(with: url, allowRelative: false) == nil)
    }

    @Test("'mailto;' typed with the wrong character: the fix names the address once, after 'mailto:'")
    func mailtoTypo() throws {
        let problem = try #require(URLSafety.problem(with: "mailto;cpd@northfield-trust.example", allowRelative: false))
        #expect(problem.code == .urlMissingMailto)
        #expect(problem.suggestion == "for an email address write 'mailto:cpd@northfield-trust.example'")
    }

    @Test("a web address with a space in it is refused")
    func spaceInAddress() throws {
        let problem = try #require(URLSafety.problem(with: "https://forms.office.com/r/Fire Marshal Booking", allowRelative: false))
        #expect(problem.code == .urlForbiddenCharacter)
    }
}
