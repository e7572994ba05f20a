import Foundation
import Markdown

/// The settings in `Content/site.yml`: the organisation, the offer's name and year, links, the order of stages.
public struct SiteSettings: Sendable {
    public var title: String
    public var offer: String
    public var academicYear: AcademicYear
    /// Absolute base URL, always ending in `/`; only for feeds, sitemap and calendars.
    public var url: String?
    public var timezone: String
    public var contact: String
    public var booking: URLTemplate?
    public var feedback: URLTemplate?
    public var interest: URLTemplate?
    public var terms: [Term]
    /// Trust training (INSET) days: sessions on them are shown as "Training day".
    public var trainingDays: Set<LocalDate>
    public var stages: [Stage]
    /// Group families in display order (explicit, or alphabetical when site.yml gives none).
    public var families: [String]
    /// Whether `families` came from site.yml (then a group's family must be one of them).
    public var familiesDeclared: Bool
    /// Strands in display order, with their descriptions.
    public var strands: [Strand]
    public var strandsDeclared: Bool
    /// Colour and logo; nil keeps the theme's own.
    public var brand: Brand?
    /// How the partner schools' edition differs (its name, booking form, contact).
    public var partners: PartnerSettings?
    /// The trust's schools (`schools:`), in site.yml's order; empty for a single school.
    public var schools: [School] = []
    public var source: SourceLocation
    /// The size limits of pictures and documents (`files:`).
    public var files: FileLimits = .standard
    /// Where school day, after school, twilight and evening begin (`times_of_day:`).
    public var dayBoundaries: DayBoundaries = .standard
    /// The CPD lead's report and the form downloads it reads (`report:`).
    public var report = ReportSettings()

    /// The term a date falls in (the last one starting on or before it).
    public func term(of date: LocalDate) -> Term? {
        terms.last { $0.starts <= date }
    }

    /// The stage with this slug.
    public func stage(_ slug: String) -> Stage? { stages.first { $0.slug == slug } }
}

/// The partner schools' edition: what it is called, where partners book, ask and give feedback, where it is published
/// and what its home page says.
public struct PartnerSettings: Sendable {
    public var title: String
    public var booking: URLTemplate?
    public var interest: URLTemplate?
    /// The partners' evaluation form; nil leaves the feedback link out (never the staff form).
    public var feedback: URLTemplate?
    public var contact: String?
    /// The edition's own absolute base URL (ending in `/`); nil gives it none, never the staff site's.
    public var url: String?
    /// The edition's home-page introduction (Markdown); nil leaves the staff introduction out.
    public var intro: MarkdownDocument?
}

/// A career stage (induction, early career, …): the ordering axis of every group's pathway page.
public struct Stage: Sendable, Hashable {
    public var slug: String
    public var title: String
}

/// A school term and the day it starts.
public struct Term: Sendable, Hashable {
    public var name: String
    public var starts: LocalDate
}

/// A top-level grouping of the offer ("Mandatory training", "Leadership", …).
public struct Strand: Sendable, Hashable {
    public var title: String
    public var summary: String?

    public init(title: String, summary: String?) {
        self.title = title
        self.summary = summary
    }

    /// URL-safe form of the title, for anchors.
    public var slug: String { Slug.make(from: title) }
}

/// Turns titles into URL-safe slugs and checks editors' slugs.
public enum Slug {
    /// `Mandatory training` → `mandatory-training`.
    public static func make(from title: String) -> String {
        var result = ""
        var dash = false
        for scalar in title.lowercased().unicodeScalars {
            // The ASCII letters and digits (what `CharacterSet.alphanumerics` holds of ASCII), without
            // its lookup: slugs are made for every strand of every course page.
            if scalar.isASCII, ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) {
                if dash, !result.isEmpty { result.append("-") }
                dash = false
                result.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
        }
        return result.isEmpty ? "strand" : result
    }

    /// The longest a slug may be, in bytes (all ASCII).
    public static let maximumLength = 100

    /// A valid slug to suggest for an editor's invalid one: `make(from:)` of its `latin` spelling
    /// ('Ysgol Tân' → `ysgol-tan`, 'Straße' → `strasse`, not `ysgol-t-n`, `stra-e`), cut to `maximumLength`
    /// at the last dash that keeps at least half of it (else at the limit), with no dash at the end.
    public static func suggestion(for slug: String) -> String {
        var result = make(from: latin(slug))
        guard result.utf8.count > maximumLength else { return result }
        result = String(result.prefix(maximumLength))
        if let dash = result.lastIndex(of: "-"), result.distance(from: result.startIndex, to: dash) >= maximumLength / 2 {
            result = String(result[..<dash])
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// Latin letters as ASCII where they have an obvious spelling: compatibility forms (`ﬁ`, `Ⅻ`,
    /// full width) as their letters, accents dropped, and the letters that have none to drop
    /// (`ß`, `æ`, `ø`, `œ`, `ł`, `đ`, `ð`, `þ`, `ı`, `ħ`) spelt out.
    static func latin(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        guard !folded.utf8.allSatisfy({ $0 < 0x80 }) else { return folded }
        return folded.reduce(into: "") { result, character in
            if let spelt = spelledOut[character] { result += spelt } else { result.append(character) }
        }
    }

    private static let spelledOut: [Character: String] = [
        "ß": "ss", "ẞ": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
        "Đ": "D", "Ð": "D", "đ": "d", "ð": "d", "Þ": "TH", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h",
    ]

    /// True for `a-z`, `0-9` and inner dashes.
    public static func isValid(_ slug: String) -> Bool {
        guard let first = slug.utf8.first, let last = slug.utf8.last, first != UInt8(ascii: "-"),
              last != UInt8(ascii: "-"), slug.utf8.count <= maximumLength else { return false }
        return slug.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
    }
}
