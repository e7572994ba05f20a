import Markdown

/// One CPD opportunity: a course, webinar, module, programme or qualification, with its sessions.
///
/// A value type whose fields live in one shared, copy-on-write box: a course is copied many times
/// over a build (listings, exports, sessions carry it), and a copy is then one reference count
/// rather than one per field.
public struct Course: Sendable, Equatable {
    /// The fields, stored once and shared by copies until one of them is changed.
    private final class Storage: @unchecked Sendable {
        // Mutated only through `Course`'s setters, after `isKnownUniquelyReferenced` made it private.
        var slug: String
        var title: String
        var code: Located<String>?
        var summary: String
        var strand: String
        var groups: GroupSelection
        var stages: [String]
        var format: CourseFormat
        var provider: String?
        var accreditation: String?
        var cpdHours: Double?
        var mandatory: Bool
        var renewalMonths: Int?
        var cost: Cost?
        var partnerCost: Cost?
        var prerequisites: [Located<String>]
        var link: String?
        var booking: URLTemplate?
        var sessions: [Session]
        var openToPartners: Bool
        var staffNotes: String?
        var draft: Bool
        var body: MarkdownDocument
        var bodyLinks: [Located<String>]
        var source: SourceLocation

        init(slug: String, title: String, code: Located<String>?, summary: String, strand: String, groups: GroupSelection, stages: [String], format: CourseFormat, provider: String?, accreditation: String?, cpdHours: Double?, mandatory: Bool, renewalMonths: Int?, cost: Cost?, partnerCost: Cost?, prerequisites: [Located<String>], link: String?, booking: URLTemplate?, sessions: [Session], openToPartners: Bool, staffNotes: String?, draft: Bool, body: MarkdownDocument, bodyLinks: [Located<String>], source: SourceLocation) {
            self.slug = slug
            self.title = title
            self.code = code
            self.summary = summary
            self.strand = strand
            self.groups = groups
            self.stages = stages
            self.format = format
            self.provider = provider
            self.accreditation = accreditation
            self.cpdHours = cpdHours
            self.mandatory = mandatory
            self.renewalMonths = renewalMonths
            self.cost = cost
            self.partnerCost = partnerCost
            self.prerequisites = prerequisites
            self.link = link
            self.booking = booking
            self.sessions = sessions
            self.openToPartners = openToPartners
            self.staffNotes = staffNotes
            self.draft = draft
            self.body = body
            self.bodyLinks = bodyLinks
            self.source = source
        }

        func copy() -> Storage {
            Storage(slug: slug, title: title, code: code, summary: summary, strand: strand, groups: groups, stages: stages, format: format, provider: provider, accreditation: accreditation, cpdHours: cpdHours, mandatory: mandatory, renewalMonths: renewalMonths, cost: cost, partnerCost: partnerCost, prerequisites: prerequisites, link: link, booking: booking, sessions: sessions, openToPartners: openToPartners, staffNotes: staffNotes, draft: draft, body: body, bodyLinks: bodyLinks, source: source)
        }
    }

    private var storage: Storage

    public init(slug: String, title: String, code: Located<String>?, summary: String, strand: String, groups: GroupSelection, stages: [String], format: CourseFormat, provider: String?, accreditation: String?, cpdHours: Double?, mandatory: Bool, renewalMonths: Int?, cost: Cost?, partnerCost: Cost?, prerequisites: [Located<String>], link: String?, booking: URLTemplate?, sessions: [Session], openToPartners: Bool, staffNotes: String?, draft: Bool, body: MarkdownDocument, bodyLinks: [Located<String>] = [], source: SourceLocation) {
        storage = Storage(slug: slug, title: title, code: code, summary: summary, strand: strand, groups: groups, stages: stages, format: format, provider: provider, accreditation: accreditation, cpdHours: cpdHours, mandatory: mandatory, renewalMonths: renewalMonths, cost: cost, partnerCost: partnerCost, prerequisites: prerequisites, link: link, booking: booking, sessions: sessions, openToPartners: openToPartners, staffNotes: staffNotes, draft: draft, body: body, bodyLinks: bodyLinks, source: source)
    }

    /// Makes the box this value's own before a change, so other copies keep their fields.
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var slug: String {
        get { storage.slug }
        set { unique(); storage.slug = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique(); storage.title = newValue }
    }
    public var code: Located<String>? {
        get { storage.code }
        set { unique(); storage.code = newValue }
    }
    public var summary: String {
        get { storage.summary }
        set { unique(); storage.summary = newValue }
    }
    public var strand: String {
        get { storage.strand }
        set { unique(); storage.strand = newValue }
    }
    public var groups: GroupSelection {
        get { storage.groups }
        set { unique(); storage.groups = newValue }
    }
    /// Stage slugs; empty means every stage.
    public var stages: [String] {
        get { storage.stages }
        set { unique(); storage.stages = newValue }
    }
    public var format: CourseFormat {
        get { storage.format }
        set { unique(); storage.format = newValue }
    }
    public var provider: String? {
        get { storage.provider }
        set { unique(); storage.provider = newValue }
    }
    public var accreditation: String? {
        get { storage.accreditation }
        set { unique(); storage.accreditation = newValue }
    }
    public var cpdHours: Double? {
        get { storage.cpdHours }
        set { unique(); storage.cpdHours = newValue }
    }
    public var mandatory: Bool {
        get { storage.mandatory }
        set { unique(); storage.mandatory = newValue }
    }
    public var renewalMonths: Int? {
        get { storage.renewalMonths }
        set { unique(); storage.renewalMonths = newValue }
    }
    public var cost: Cost? {
        get { storage.cost }
        set { unique(); storage.cost = newValue }
    }
    public var partnerCost: Cost? {
        get { storage.partnerCost }
        set { unique(); storage.partnerCost = newValue }
    }
    public var prerequisites: [Located<String>] {
        get { storage.prerequisites }
        set { unique(); storage.prerequisites = newValue }
    }
    public var link: String? {
        get { storage.link }
        set { unique(); storage.link = newValue }
    }
    public var booking: URLTemplate? {
        get { storage.booking }
        set { unique(); storage.booking = newValue }
    }
    public var sessions: [Session] {
        get { storage.sessions }
        set { unique(); storage.sessions = newValue }
    }
    /// Offered to partner schools (in the partner edition, at `partnerCost`).
    public var openToPartners: Bool {
        get { storage.openToPartners }
        set { unique(); storage.openToPartners = newValue }
    }
    /// Notes for the trust's own staff only: never in the partner edition.
    public var staffNotes: String? {
        get { storage.staffNotes }
        set { unique(); storage.staffNotes = newValue }
    }
    public var draft: Bool {
        get { storage.draft }
        set { unique(); storage.draft = newValue }
    }
    public var body: MarkdownDocument {
        get { storage.body }
        set { unique(); storage.body = newValue }
    }
    /// The description's links (not images), each at its place in the course file.
    public var bodyLinks: [Located<String>] {
        get { storage.bodyLinks }
        set { unique(); storage.bodyLinks = newValue }
    }
    public var source: SourceLocation {
        get { storage.source }
        set { unique(); storage.source = newValue }
    }

    public static func == (lhs: Course, rhs: Course) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage, b = rhs.storage
        return a.slug == b.slug && a.title == b.title && a.code == b.code && a.summary == b.summary && a.strand == b.strand && a.groups == b.groups && a.stages == b.stages && a.format == b.format && a.provider == b.provider && a.accreditation == b.accreditation && a.cpdHours == b.cpdHours && a.mandatory == b.mandatory && a.renewalMonths == b.renewalMonths && a.cost == b.cost && a.partnerCost == b.partnerCost && a.prerequisites == b.prerequisites && a.link == b.link && a.booking == b.booking && a.sessions == b.sessions && a.openToPartners == b.openToPartners && a.staffNotes == b.staffNotes && a.draft == b.draft && a.body == b.body && a.bodyLinks == b.bodyLinks && a.source == b.source
    }

    /// The code shown to staff and put in booking links: the course code, or its slug.
    public var reference: String { code?.value ?? slug }

    /// True when staff in `group` may take this course.
    public func isOpen(to group: String) -> Bool {
        switch groups {
        case .all: return true
        case .some(let slugs): return slugs.contains(group)
        }
    }

    /// True when the course is for `stage` (a course naming no stage is for every stage).
    public func isFor(stage: String) -> Bool { stages.isEmpty || stages.contains(stage) }

    /// The first session that has not started and is not cancelled, on or after `today`.
    public func nextSession(onOrAfter today: LocalDate) -> Session? {
        sessions.first { $0.firstDay >= today && $0.status != .cancelled }
    }
}

/// Which staff groups a course or pathway is open to.
public enum GroupSelection: Sendable, Hashable {
    case all
    case some([String])
}

/// How a course is delivered. Pages show it in the theme's words (`formats.<value>` in `strings.yml`).
public enum CourseFormat: String, Sendable, CaseIterable {
    case faceToFace = "face-to-face"
    case online
    case liveWebinar = "live-webinar"
    case blended
    case selfStudy = "self-study"
    case coaching
    case conference
}

/// A price: a number of pounds, or a phrase such as "Free to trust staff".
public enum Cost: Sendable, Hashable, CustomStringConvertible {
    case pence(Int)
    case text(String)

    /// `£45`, `£12.50`, or the phrase.
    public var description: String {
        switch self {
        case .pence(0): return "Free"
        case .pence(let pence):
            let pounds = pence / 100, rest = pence % 100
            return rest == 0 ? "£\(pounds)" : "£\(pounds).\(pad(rest, 2))"
        case .text(let text): return text
        }
    }
}
