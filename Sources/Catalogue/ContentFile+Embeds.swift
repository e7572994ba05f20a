import Markdown

extension ContentFile {
    /// The most refused elements reported in one body, one message each.
    static let embedReportLimit = 10

    /// A `<script>`, `<iframe>`, `<object>`, `<embed>` or `<frame>` in a body is an error, like a
    /// `javascript:` link: pages never run scripts or load other sites' content. The fix says how to
    /// show what was wanted: a link to the video or form, made from the frame's own address when it
    /// has a safe one.
    static func checkEmbeds(_ body: MarkdownDocument, bodyLineOffset: Int, log: FileDiagnostics) {
        for embed in body.embeds.prefix(embedReportLimit) {
            let location = log.file.location(line: embed.line + bodyLineOffset, byteColumn: embed.column)
            let message = embed.element == "script"
                ? "a script (<script>) cannot be published: pages of the offer never run scripts from their text"
                : "an embedded frame (<\(embed.element)>) cannot be published: pages of the offer never load other sites' content"
            log.append(.error(embed.element == "script" ? .bodyScript : .bodyEmbed, at: location, keyPath: "body", message, suggestion: embedFix(embed)))
        }
    }

    /// "link to it instead: [Watch the video](https://…)".
    static func embedFix(_ embed: MarkdownEmbed) -> String {
        let generic = "to show a video or a form, link to it instead: [Watch the video](https://www.youtube.com/watch?v=…) or [Fill in the form](https://forms.office.com/…)"
        guard embed.element != "script", var address = embed.source?.trimmed(), address.lowercased().hasPrefix("https://") || address.lowercased().hasPrefix("http://"),
              URLSafety.problem(with: address, allowRelative: false) == nil, address.count <= 200 else {
            // A script's own address is never worth a link: what it showed is.
            return embed.element == "script" ? "delete it; " + generic : generic
        }
        // A YouTube player's address becomes the video's own page.
        if let range = address.range(of: "youtube.com/embed/") {
            let id = address[range.upperBound...].prefix { $0 != "?" && $0 != "&" && $0 != "/" }
            address = "https://www.youtube.com/watch?v=\(id)"
        }
        let lowered = address.lowercased()
        let label = ["youtu", "vimeo", "stream", "video"].contains(where: lowered.contains) ? "Watch the video"
            : lowered.contains("form") ? "Fill in the form" : "Open it"
        return "link to it instead: [\(label)](\(address))"
    }
}
