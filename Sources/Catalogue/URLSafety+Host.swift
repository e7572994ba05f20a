import Foundation

extension URLSafety {
    /// A web address whose site name cannot be a site on the internet (`https://files/checklist.pdf`,
    /// what following "start it with https://" for `files/checklist.pdf` gives), or a link that goes
    /// through Outlook's Safe Links or Google's redirect (which publishes the sender's email address
    /// and breaks when the redirect expires): the problem, with the address to write instead.
    static func hostProblem(_ url: String, rest: Substring, scheme: String) -> URLProblem? {
        let hostAndPort = rest.prefix { !"/?#".contains($0) }
        let host = (hostAndPort.split(separator: "@").last ?? "").prefix { $0 != ":" }.lowercased()
        let local = host == "localhost" || host.hasSuffix(".localhost") || hostAndPort.hasPrefix("[") || host.isEmpty
        if !local, !host.contains(".") {
            let path = rest.dropFirst(hostAndPort.count).drop { $0 == "/" }
            if documentPath(String(rest)) != nil {
                return URLProblem(code: .urlHostWithoutDot, message: "'\(url)' is not a web address: '\(host)' is not a site's name (it has no dot)",
                                  suggestion: "a file is linked to from the description below the settings, not here: [the \(documentPath(String(rest)) ?? "document")](\(rest))")
            }
            return URLProblem(code: .urlHostWithoutDot, message: "'\(url)' is not a web address: '\(host)' is not a site's name (it has no dot)",
                              suggestion: "copy the address from the browser's address bar; it looks like \(scheme)://example.org/\(path)")
        }
        if let real = redirectTarget(url) {
            return URLProblem(code: .urlRedirectLink, message: "this is \(real.service) address, not the real one: it would publish your email address and stop working when the redirect expires",
                              suggestion: "use the real address: \(real.address)")
        }
        return nil
    }

    /// The address inside an Outlook Safe Links (`…safelinks.protection.outlook.com/?url=`) or
    /// Google (`www.google.com/url?q=`) redirect, decoded, with the name of the service.
    static func redirectTarget(_ url: String) -> (service: String, address: String)? {
        // An ASCII address without '%' has its host written in it as it is: without 'google' or
        // 'safelinks' there it is no redirect, and the costly URLComponents parse is skipped.
        if url.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "%") }) {
            let lowered = url.lowercased()
            if !lowered.contains("google"), !lowered.contains("safelinks") { return nil }
        }
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return nil }
        let items = components.queryItems ?? []
        func value(_ name: String) -> String? {
            items.first { $0.name == name }?.value.flatMap { $0.lowercased().hasPrefix("http") || $0.lowercased().hasPrefix("mailto:") ? $0 : nil }
        }
        if host.hasSuffix("safelinks.protection.outlook.com"), let address = value("url") {
            return ("an Outlook Safe Links", address)
        }
        let google = host.split(separator: ".").contains("google")
        if google, components.path == "/url", let address = value("q") ?? value("url") {
            return ("a Google redirect", address)
        }
        return nil
    }

    /// `checklist` for `files/checklist.pdf` (a path to a document or picture), nil otherwise.
    static func documentPath(_ text: String) -> String? {
        let path = text.prefix { $0 != "?" && $0 != "#" }
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return nil }
        let ending = name[name.index(after: dot)...].lowercased()
        guard ["pdf", "docx", "doc", "pptx", "ppt", "xlsx", "xls", "png", "jpg", "jpeg", "gif", "webp", "svg"].contains(ending) else { return nil }
        let words = name[..<dot].replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.isEmpty ? "document" : words
    }
}
