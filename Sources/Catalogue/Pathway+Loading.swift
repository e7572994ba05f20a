extension Pathway {
    static let keys = ["title", "summary", "groups", "order", "steps"]

    static func load(_ file: SourceFile, slug: String, index: ReferenceIndex, media: MediaFolder? = nil) -> (Pathway?, [Diagnostic]) {
        let content = ContentFile(file, slug: slug, kind: "pathway", media: media)
        guard let reader = content.reader else { return (nil, content.log.diagnostics) }
        let log = content.log
        reader.rejectUnknownKeys(keys, otherKinds: ContentFile.otherKinds(than: "pathway"))
        let title = reader.string("title", required: true, example: "Early Career Teacher pathway")
        let summary = reader.string("summary", required: true, example: "One sentence for listings.")
        let groups = reader.groupSelection(index, required: true)
        let order = reader.int("order", range: -10_000...10_000, example: "1")
        reader.rejectStarterText("summary")
        content.rejectStarterBody()
        var steps: [PathwayStep] = []
        if let items = reader.sequence("steps") {
            for (position, item) in items.enumerated() {
                let path = "steps[\(position)]"
                guard let step = MappingReader(item, path: path, log: log, what: "a step") else { continue }
                step.rejectUnknownKeys(["title", "stage", "summary", "courses"])
                let stepTitle = step.string("title", required: true, example: "Year 1 — foundations")
                step.rejectStarterText("summary")
                var stage = step.string("stage")
                if let slug = stage, let node = step.value("stage"),
                   !step.checkStage(slug, node: node, keyPath: step.keyPath("stage"), index: index) {
                    stage = nil
                }
                var courses: [Located<String>] = []
                let named = step.stringList("courses") ?? []
                for (courseIndex, (course, node)) in named.enumerated() {
                    if index.courses.contains(course) {
                        courses.append(Located(course, at: log.location(of: node)))
                    } else {
                        // The step's other courses say which strand the missing one is likely in.
                        let neighbour = named.first { index.courses.contains($0.0) }?.0
                        let strand = neighbour.flatMap { name in index.courseStrands.strand(of: name) }
                        log.error(.unknownCourse, "unknown course '\(course)'", at: node, keyPath: "\(step.keyPath("courses"))[\(courseIndex)]",
                                  suggestion: log.didYouMean(course, in: index.courseNames, kind: "course")
                                    ?? "\(index.courseListing(strand: strand)); courses are named by their file name in \(index.contentDisplay)/courses/ (without .md)")
                    }
                }
                steps.append(PathwayStep(title: stepTitle ?? "Step \(position + 1)", stage: stage, summary: step.string("summary"),
                                         courses: courses, location: log.location(of: item)))
            }
        } else if !reader.has("steps") {
            reader.missing("steps", example: "a list of steps, each with title, stage and courses")
        }
        guard let title, let summary, let groups, !log.hasErrors else { return (nil, log.diagnostics) }
        let pathway = Pathway(slug: slug, title: title, summary: summary, groups: groups, order: order, steps: steps,
                              body: content.body, source: content.location)
        return (pathway, log.diagnostics)
    }
}

extension Page {
    static let keys = ["title", "summary", "order", "audience"]

    static func load(_ file: SourceFile, slug: String, media: MediaFolder? = nil) -> (Page?, [Diagnostic]) {
        let content = ContentFile(file, slug: slug, kind: "page", media: media)
        guard let reader = content.reader else { return (nil, content.log.diagnostics) }
        reader.rejectUnknownKeys(keys)
        let title = reader.string("title", required: true, example: "How to book")
        let order = reader.int("order", range: -10_000...10_000, example: "1")
        let audience = reader.choice("audience", as: PageAudience.self)
        content.rejectStarterBody()
        guard let title, !content.log.hasErrors else { return (nil, content.log.diagnostics) }
        return (Page(slug: slug, title: title, summary: reader.string("summary"), order: order, audience: audience ?? .everyone,
                     body: content.body, source: content.location), content.log.diagnostics)
    }
}
