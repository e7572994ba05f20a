/// The one rule for the `contact` addresses (site.yml `contact` and `partners.contact`): a plain
/// address and nothing else. Every footer links to it as `mailto:`, so anything more — `?bcc=…`,
/// `&subject=…`, quotes or brackets — would be added to every email readers send, or break the page.
enum EmailAddress {
    /// What is wrong with `address`, said for an editor, and which character (a 0-based offset in
    /// Unicode scalars) the message is about; nil when it is a plain address.
    ///
    /// Allowed: a local part of letters, digits and `. _ + - '` (no `%`: a mail program reads `%40`
    /// as another `@`), dots never first, last or doubled, one `@`, and a domain of at least
    /// two dot-separated labels of letters (any language's), digits and hyphens.
    static func problem(with address: String) -> (message: String, offset: Int?)? {
        let example = "write only the address, e.g. cpd@example.org; the footer link adds nothing else"
        let scalars = Array(address.unicodeScalars)
        let ats = scalars.indices.filter { scalars[$0] == "@" }
        guard let at = ats.first else {
            return ("'\(ControlCharacters.visible(String(address.prefix(80))))' is not an email address", nil)
        }
        // The first character that can be in no part of an address at all.
        // Every character a domain may hold may stand before the '@' too: one scan finds any other.
        if let bad = scalars.indices.first(where: { !isLocal(scalars[$0]) && scalars[$0] != "@" }) {
            return ("an email address cannot hold \(describe(scalars[bad])): \(example)", bad)
        }
        if ats.count > 1 { return ("an email address has one '@', this has \(ats.count): \(example)", ats[1]) }
        let local = scalars[..<at], domain = scalars[(at + 1)...]
        if local.isEmpty { return ("the email address has nothing before the '@': \(example)", at) }
        let localText = String(String.UnicodeScalarView(local))
        if localText.hasPrefix(".") || localText.hasSuffix(".") || localText.contains("..") {
            return ("the part before the '@' cannot start or end with a dot, or have two dots together: \(example)", at - 1)
        }
        if domain.isEmpty { return ("the email address has nothing after the '@': \(example)", at) }
        if let bad = domain.indices.first(where: { !isDomain(domain[$0]) }) {
            return ("the part after the '@' cannot hold \(describe(domain[bad])): it is a domain such as example.org", bad)
        }
        let labels = String(String.UnicodeScalarView(domain)).split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 {
            return ("the part after the '@' must be a whole domain with a dot, such as example.org, not '\(String(String.UnicodeScalarView(domain)).prefix(80))'", at + 1)
        }
        if labels.contains(where: \.isEmpty) {
            return ("the part after the '@' has an empty piece between dots: it is a domain such as example.org", at + 1)
        }
        if labels.contains(where: { $0.hasPrefix("-") || $0.hasSuffix("-") }) {
            return ("a piece of the domain after the '@' cannot start or end with '-': it is a domain such as example.org", at + 1)
        }
        return nil
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool { isLetterOrDigit(scalar) || "._+-'".unicodeScalars.contains(scalar) }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool { isLetterOrDigit(scalar) || scalar == "." || scalar == "-" }

    /// `'?'`, `a space`, or `U+001F` for a character that cannot be shown.
    private static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar == " " { return "a space" }
        if scalar.properties.isWhitespace || ControlCharacters.isForbidden(scalar) || scalar.properties.generalCategory == .format {
            return "an invisible character (\(ControlCharacters.name(scalar)))"
        }
        return "'\(scalar)'"
    }
}
