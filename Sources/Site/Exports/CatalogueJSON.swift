import Catalogue
import JSON
import Parallel

/// The published offer as one JSON document (`catalogue.json`), schema version 1.
///
/// Every field is documented in `docs/catalogue-json.md` and described by `catalogue.schema.json`.
/// Drafts are left out everywhere (references to them included). Nothing depends on the build date:
/// whether a session is past is for the reader to decide from its dates.
package enum CatalogueJSON {
    /// Identifies the format; a breaking change gets a new URI and version.
    static let schemaURI = "https://prospectus.invalid/schema/catalogue/1"
    static let version = 1
    package static let path = "catalogue.json"
    static let schemaPath = "catalogue.schema.json"

    /// The document; with the preview's memo in `context`, unchanged courses' objects are reused.
    static func document(_ catalogue: Catalogue, context: ExportContext? = nil) -> JSONValue {
        let inputs = CourseInputs(catalogue)
        // Each course is written straight to text on its own (`courseText`: courses sit at depth 2
        // of the file), on every core; the preview keeps the text of unchanged courses.
        return document(catalogue, inputs, context: context, courses: catalogue.publishedCourses.parallelMap { item in
            guard let context, context.fragments != nil else { return .raw(courseText(item, inputs, kept: false)) }
            return .raw(context.fragment("catalogue-json", of: item) { courseText(item, inputs, kept: true) })
        })
    }

    /// `catalogue.json`. In a build (no preview memo in `context`) each course's object is written
    /// as bytes and stays a piece of its own, between the text of the rest of the document: never
    /// made into a string, nor copied into one.
    static func file(_ catalogue: Catalogue, context: ExportContext) -> OutputFile {
        guard context.fragments == nil, !catalogue.publishedCourses.isEmpty else {
            return OutputFile(path: path, pieces: document(catalogue, context: context).renderedPieces())
        }
        let inputs = CourseInputs(catalogue)
        // The document around two empty courses, in pieces: [before, "", between, "", after].
        let frame = document(catalogue, inputs, context: context, courses: [.raw(""), .raw("")]).renderedPieces().map { Array($0.utf8) }
        precondition(frame.count == 5 && frame[1].isEmpty && frame[3].isEmpty, "catalogue.json: the courses are not where they were expected")
        let courses = catalogue.publishedCourses.parallelMap { courseBytes($0, inputs) }
        var pieces = [frame[0]]
        pieces.reserveCapacity(2 * courses.count + 1)
        for (position, course) in courses.enumerated() {
            if position > 0 { pieces.append(frame[2]) }
            pieces.append(course)
        }
        pieces.append(frame[4])
        return OutputFile(path: path, bytePieces: pieces)
    }

    /// The document with `courses` (each course's object, written).
    private static func document(_ catalogue: Catalogue, _ inputs: CourseInputs, context: ExportContext?, courses: [JSONValue]) -> JSONValue {
        let links = inputs.links, published = inputs.published
        return [
            "schema": .string(schemaURI),
            "version": .int(version),
            "generator": "Prospectus",
            "site": site(catalogue, links),
            "groups": .array(catalogue.groups.map { item in
                let value = group(catalogue, item, links)
                // A group lists its courses' slugs: keep the written text while they stay the same.
                guard let fragments = context?.fragments else { return value }
                return .raw(fragments.fragment("catalogue-json-group", item.slug, inputs: value) { value.text(style: .file, depth: 2) })
            }),
            "courses": .array(courses),
            "pathways": .array(catalogue.pathways.map { pathway(catalogue, $0, links, published: published) }),
            "pages": .array(catalogue.pages.map { page in
                [
                    "slug": .string(page.slug), "title": .string(page.title), "summary": .text(page.summary),
                    "order": .integer(page.order), "page": .string(SitePath.page(page.slug)),
                    "url": .text(links.absolute(SitePath.page(page.slug))),
                ]
            }),
        ]
    }

    /// Declared families first, then any other family a group names, in display order.
    static func families(_ catalogue: Catalogue) -> [String] {
        var families = catalogue.settings.families
        for family in catalogue.families.map(\.name) where !families.contains(family) { families.append(family) }
        return families
    }

    /// Declared strands first, then any other strand a published course names, alphabetically.
    static func strands(_ catalogue: Catalogue) -> [Strand] {
        var strands = catalogue.settings.strands
        for entry in catalogue.strands where !strands.contains(where: { $0.title == entry.strand.title }) { strands.append(entry.strand) }
        return strands
    }

    private static func site(_ catalogue: Catalogue, _ links: ExportLinks) -> JSONValue {
        let settings = catalogue.settings
        return [
            "title": .string(settings.title),
            "offer": .string(settings.offer),
            "academic_year": .string(settings.academicYear.description),
            "academic_year_start": .string(settings.academicYear.firstDay.iso),
            "academic_year_end": .string(settings.academicYear.lastDay.iso),
            "url": .text(settings.url),
            "contact": .string(settings.contact),
            "timezone": .string(settings.timezone),
            "booking_template": .text(settings.booking?.description),
            "feedback_template": .text(settings.feedback?.description),
            "interest_template": .text(settings.interest?.description),
            "terms": .array(settings.terms.map { ["name": .string($0.name), "starts": .string($0.starts.iso)] }),
            "stages": .array(settings.stages.map { ["slug": .string($0.slug), "title": .string($0.title)] }),
            "families": .strings(families(catalogue)),
            "strands": .array(strands(catalogue).map {
                ["title": .string($0.title), "slug": .string($0.slug), "summary": .text($0.summary)]
            }),
            "page": .string(SitePath.home),
            "calendar": .string(ICalendarPaths.offer),
        ]
    }

    private static func group(_ catalogue: Catalogue, _ group: StaffGroup, _ links: ExportLinks) -> JSONValue {
        [
            "slug": .string(group.slug), "title": .string(group.title), "family": .string(group.family),
            "summary": .string(group.summary), "order": .integer(group.order),
            "description_html": .string(group.body.html),
            "page": .string(SitePath.group(group.slug)), "url": .text(links.absolute(SitePath.group(group.slug))),
            "calendar": .string(ICalendarPaths.group(group.slug)),
            "courses": .strings(catalogue.courses(openTo: group.slug).map { $0.slug }),
        ]
    }

    /// Whether it is open to all, and the groups' slugs (all of them when open to all).
    static func selection(_ selection: GroupSelection, _ catalogue: Catalogue) -> (all: Bool, slugs: [String]) {
        switch selection {
        case .all: return (true, catalogue.groups.map { $0.slug })
        case .some(let slugs): return (false, slugs)
        }
    }

    static func cost(_ cost: Cost?) -> JSONValue {
        switch cost {
        case nil: return .null
        case .pence(let pence)?: return ["text": .string(Cost.pence(pence).description), "pence": .int(pence)]
        case .text(let text)?: return ["text": .string(text), "pence": .null]
        }
    }

    private static func pathway(_ catalogue: Catalogue, _ pathway: Pathway, _ links: ExportLinks, published: Set<String>) -> JSONValue {
        let groups = selection(pathway.groups, catalogue)
        return [
            "slug": .string(pathway.slug), "title": .string(pathway.title), "summary": .string(pathway.summary),
            "open_to_all": .bool(groups.all), "groups": .strings(groups.slugs), "order": .integer(pathway.order),
            "description_html": .string(pathway.body.html),
            "page": .string(SitePath.pathway(pathway.slug)), "url": .text(links.absolute(SitePath.pathway(pathway.slug))),
            "steps": .array(pathway.steps.map { step in
                [
                    "title": .string(step.title), "stage": .text(step.stage), "summary": .text(step.summary),
                    "courses": .strings(step.courses.map(\.value).filter(published.contains)),
                ]
            }),
        ]
    }
}
