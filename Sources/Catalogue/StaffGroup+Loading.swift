extension StaffGroup {
    static let keys = ["title", "family", "summary", "order", "staff_notes"]

    static func load(_ file: SourceFile, slug: String, index: ReferenceIndex, media: MediaFolder? = nil) -> (StaffGroup?, [Diagnostic]) {
        let content = ContentFile(file, slug: slug, kind: "group", media: media)
        guard let reader = content.reader else { return (nil, content.log.diagnostics) }
        reader.rejectUnknownKeys(keys, otherKinds: ContentFile.otherKinds(than: "group"))
        let title = reader.string("title", required: true, example: "Teaching assistants")
        let family = reader.string("family", required: true, example: index.families?.first ?? "Support staff")
        let summary = reader.string("summary", required: true, example: "Who is in this group, in one sentence.")
        let order = reader.int("order", range: -10_000...10_000, example: "10")
        reader.rejectStarterText("summary")
        content.rejectStarterBody()
        if let family, let families = index.families, !families.contains(family) {
            reader.log.error(.unknownFamily, "unknown family '\(family)'", at: reader.value("family"), keyPath: "family",
                             suggestion: Suggestion.didYouMean(family, in: families)
                                ?? "use one of the families listed in site.yml: \(Suggestion.listing(families))")
        }
        guard let title, let family, let summary, !content.log.hasErrors else { return (nil, content.log.diagnostics) }
        let group = StaffGroup(slug: slug, title: title, family: family, summary: summary, order: order,
                               body: content.body, staffNotes: reader.string("staff_notes"), source: content.location)
        return (group, content.log.diagnostics)
    }
}

extension MappingReader {
    /// `groups: all` or a list of group slugs, each checked against the known groups.
    func groupSelection(_ index: ReferenceIndex, required: Bool) -> GroupSelection? {
        if let text = value("groups")?.scalar?.string, text.lowercased() == "all" { return .all }
        if case .sequence(let list)? = value("groups"), list.count == 1, list[0].scalar?.string.lowercased() == "all" { return .all }
        guard let items = stringList("groups") else {
            if required { missing("groups", example: "[teachers, teaching-assistants]  (or: all)") }
            return nil
        }
        var slugs: [String] = []
        for (position, (slug, node)) in items.enumerated() {
            if slug.lowercased() == "all" {
                log.error(.allMixedWithGroups, "'all' cannot be mixed with group names", at: node, keyPath: "groups[\(position)]",
                          suggestion: "write groups: all on its own")
            } else if !index.groups.contains(slug) {
                let everyone = ["all staff", "everyone", "all groups", "whole trust"].contains(slug.lowercased())
                // "groups: premises-staff, administrators": a list written without its brackets.
                // Word's bullets (• · –) on separate lines are read as one name: they are a list too.
                let bullets = slug.contains { "•·–—▪◦".contains($0) }
                let parts = slug.split(whereSeparator: { ",•·–—▪◦".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let unbracketed = (parts.count > 1 || bullets) && !parts.isEmpty && parts.allSatisfy { index.groups.contains($0) }
                log.error(.unknownGroup, StaffGroup.unknownMessage(slug), at: node, keyPath: "groups",
                          suggestion: unbracketed ? "write a list of groups in square brackets: groups: [\(parts.joined(separator: ", "))]"
                            : everyone ? "for every staff group write groups: all" : log.didYouMean(slug, in: index.groupNames, kind: "group")
                            ?? "the groups are: \(Suggestion.listing(index.groupNames.names)) (the file names in \(index.contentDisplay)/groups/, without .md)")
            } else if !slugs.contains(slug) {
                slugs.append(slug)
            }
        }
        return .some(slugs)
    }

    /// A stage slug checked against site.yml.
    func checkStage(_ slug: String, node: Node, keyPath: String, index: ReferenceIndex) -> Bool {
        guard index.stagesKnown, !index.stages.contains(slug) else { return true }
        log.error(.unknownStage, "unknown stage '\(slug)'", at: node, keyPath: keyPath,
                  suggestion: Suggestion.didYouMean(slug, in: index.stages)
                    ?? "the stages in site.yml are: \(Suggestion.listing(index.stages))")
        return false
    }
}

import Yams
