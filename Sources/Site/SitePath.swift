/// Where each page of the site lives, relative to the output folder, and how pages link to each other.
///
/// Every internal link is relative and names a file (never a bare folder), so the same output works
/// opened from disk, from a sub-path such as `/cpd/`, and from a domain root.
public enum SitePath {
    public static let home = "index.html"
    public static let courses = "courses/index.html"
    public static let groups = "groups/index.html"
    public static let pathways = "pathways/index.html"
    public static let notFound = "404.html"
    public static let whatsOn = "whats-on.html"
    public static let whatsNew = "whats-new.html"
    public static let required = "required.html"
    public static let brochure = "brochure.html"
    public static let search = "search.html"
    public static let plan = "plan.html"
    public static let accessibility = "accessibility.html"
    /// How to subscribe to the calendars, and every calendar's address.
    public static let calendars = "calendars.html"
    public static let stylesheet = "assets/site.css"
    public static let script = "assets/site.js"
    public static let searchScript = "assets/search.js"
    public static let searchIndex = "assets/search-index.js"

    public static func course(_ slug: String) -> String { "courses/\(slug).html" }
    public static func group(_ slug: String) -> String { "groups/\(slug).html" }
    public static func pathway(_ slug: String) -> String { "pathways/\(slug).html" }
    public static func page(_ slug: String) -> String { "pages/\(slug).html" }
    public static func stage(_ slug: String) -> String { "stages/\(slug).html" }
    /// One school's What's on (site.yml `schools`): the sessions at that school.
    public static func whatsOnSchool(_ slug: String) -> String { "whats-on/\(slug).html" }

    /// The relative URL from the page at `from` to the file at `to` (both relative to the output root).
    ///
    /// `relative(from: "courses/a.html", to: "groups/b.html")` is `../groups/b.html`;
    /// `relative(from: "courses/a.html", to: "courses/b.html")` is `b.html`. A fragment (`#x`) is kept.
    public static func relative(from: String, to target: String) -> String {
        // Every page sits at the root or one folder down: answer those without splitting paths
        // (this runs for every link of every page).
        guard let slash = from.utf8.firstIndex(of: UInt8(ascii: "/")) else { return target }
        if slash != from.utf8.startIndex, from.utf8.lastIndex(of: UInt8(ascii: "/")) == slash {
            let folder = from.utf8[..<slash]
            let targetBytes = target.utf8
            if targetBytes.count > folder.count, targetBytes.starts(with: folder),
               targetBytes[targetBytes.index(targetBytes.startIndex, offsetBy: folder.count)] == UInt8(ascii: "/") {
                return String(target.utf8.dropFirst(folder.count + 1))!
            }
            return "../" + target
        }
        return generalRelative(from: from, to: target)
    }

    /// `relative(from:to:)` for any depth, by comparing folder names.
    /// Compares UTF-8 bytes, without splitting the target into parts: the target's folders in common
    /// with the page's are dropped from its front, and a `../` is added for each of the page's others.
    static func generalRelative(from: String, to target: String) -> String {
        let slash = UInt8(ascii: "/")
        let fromDirectories = from.utf8.split(separator: slash).dropLast()
        let bytes = target.utf8
        let pathEnd = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        var rest = bytes[..<pathEnd]
        var common = 0
        for directory in fromDirectories {
            // The target still has a folder (a slash) and it is this one.
            guard let end = rest.firstIndex(of: slash), rest[..<end].elementsEqual(directory) else { break }
            rest = rest[bytes.index(after: end)...]
            common += 1
        }
        var path = String(repeating: "../", count: fromDirectories.count - common)
        path += Substring(rest)
        if pathEnd != bytes.endIndex { path += Substring(bytes[pathEnd...]) }
        return path
    }

    /// The prefix that leads from a page back to the output root: `""` or `"../"`.
    public static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
