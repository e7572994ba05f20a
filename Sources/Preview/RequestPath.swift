/// Where a request's path leads in the served site, decided from the raw (percent-encoded) path
/// alone, without touching the disk.
///
/// Each segment is decoded on its own; a segment that decodes to `.` or `..`, or holds a `/`, `\`
/// or NUL (`%2F`, `%5C`, `%00`), or that cannot be decoded, is refused, so no spelling of `..`
/// can climb out of the site. Files whose name starts with a dot are never served.
enum RequestPath: Equatable {
    /// A file of the site (`courses/first-aid.html`; a folder's `index.html` for a path ending in `/`).
    case file(String)
    /// A folder named without its final slash: redirect to `location`.
    case redirect(String)
    /// Outside the base path, or a name that cannot exist in the site.
    case notFound
    /// A path that tries to leave the site.
    case forbidden

    /// - Parameters:
    ///   - raw: the request target's path, still percent-encoded (`/cpd/courses/%2e%2e/x`).
    ///   - base: the sub-path the site is served under, `/` or `/cpd/`.
    static func resolve(_ raw: String, base: String) -> RequestPath {
        guard raw.hasPrefix("/") else { return .forbidden }
        let rawSegments = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for raw in rawSegments {
            guard let decoded = String(raw).removingPercentEncoding else { return .forbidden }
            if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") {
                return .forbidden
            }
            segments.append(decoded)
        }
        let baseSegments = base.split(separator: "/").map(String.init)
        let inside = segments.count > baseSegments.count || (segments.count == baseSegments.count && raw.hasSuffix("/"))
        guard segments.starts(with: baseSegments) else { return .notFound }
        guard inside || baseSegments.isEmpty else { return .redirect(base) }
        var rest = Array(segments.dropFirst(baseSegments.count))
        if rest.last == "" { rest[rest.count - 1] = "index.html" }
        if rest.isEmpty { rest = ["index.html"] }
        guard rest.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return .notFound }
        return .file(rest.joined(separator: "/"))
    }
}
