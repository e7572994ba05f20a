import Markdown

/// One CPD opportunity: a course, webinar, module, programme or qualification, with its sessions.
///
/// Its fields are declared once, in `Course.Fields`; `course.title` and the rest reach them through
/// `@dynamicMemberLookup`, so equality (synthesized on `Fields`), copy-on-write access and the
/// preview's change detection all follow from that one list. The fields live in one shared box: a
/// course is copied many times over a build (listings, exports, sessions carry it), and a copy is
/// then one reference count rather than one per field.
@dynamicMemberLookup
public struct Course: Sendable, Equatable {
    /// Every field of a course. Add a field here and it is compared, copied on write and watched by
    /// the preview with no other change.
    public struct Fields: Sendable, Equatable {
        public var slug: String
        public var title: String
        public var code: Located<String>?
        public var summary: String
        public var strand: String
        public var groups: GroupSelection
        /// Stage slugs; empty means every stage.
        public var stages: [String]
        public var format: CourseFormat
        public var provider: String?
        public var accreditation: String?
        public var cpdHours: Double?
        public var mandatory: Bool
        /// Whom mandatory training is for (`mandatory: everyone` or `mandatory: nominated`); only
        /// meaningful when `mandatory` is true (`mandatory: true` means everyone).
        public var mandatoryFor: MandatoryAudience = .everyone
        public var renewalMonths: Int?
        public var cost: Cost?
        public var partnerCost: Cost?
        public var prerequisites: [Located<String>]
        public var link: String?
        public var booking: URLTemplate?
        public var sessions: [Session]
        /// Offered to partner schools (in the partner edition, at `partnerCost`).
        public var openToPartners: Bool
        /// Notes for the trust's own staff only: never in the partner edition.
        public var staffNotes: String?
        public var draft: Bool
        /// The course's own picture (`picture:`), on its page and its card.
        public var picture: CoursePicture? = nil
        /// Where `title` and `summary` are written, for the checks across courses (a copied course).
        public var titleLocation: SourceLocation? = nil
        public var summaryLocation: SourceLocation? = nil
        /// Prices by kind of school (`cost: { maintained: 60, academy: 45 }`), in the order written;
        /// empty when `cost` is one price or phrase.
        public var costs: [KindCost] = []
        /// An ordered series of modules taken in turn (`modules:`), by title.
        public var modules: [String] = []
        /// Sessions that recur before their days are fixed (`recurs: every half-term`).
        public var recurring: [RecurringSession] = []
        /// Who puts staff forward for sessions by invitation (`invitation_contact:`); nil for the site's contact.
        public var invitationContact: String? = nil
        public var body: MarkdownDocument
        /// The description's links (not images), each at its place in the course file.
        public var bodyLinks: [Located<String>] = []
        public var source: SourceLocation
    }

    /// The box the fields are shared in until a copy changes one.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Mutated only through `Course`'s setters, after `isKnownUniquelyReferenced` made it private.
        @usableFromInline var fields: Fields

        @usableFromInline
        init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline
    var storage: Storage

    public init(_ fields: Fields) {
        storage = Storage(fields)
    }

    /// All the fields at once (a copy of them).
    public var fields: Fields {
        get { storage.fields }
        set {
            if isKnownUniquelyReferenced(&storage) { storage.fields = newValue } else { storage = Storage(newValue) }
        }
    }

    /// `course.title`, `course.sessions = …`: each field of `Fields`, read from the shared box, and
    /// written after the box is made this value's own (so other copies keep their fields).
    @inlinable
    public subscript<Value>(dynamicMember path: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: path] }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            storage.fields[keyPath: path] = newValue
        }
    }

    public static func == (lhs: Course, rhs: Course) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// The code shown to staff and put in booking links: the course code, or its slug.
    public var reference: String { self.code?.value ?? self.slug }

    /// True when staff in `group` may take this course.
    public func isOpen(to group: String) -> Bool {
        switch self.groups {
        case .all: return true
        case .some(let slugs): return slugs.contains(group)
        }
    }

    /// Whom the course is mandatory for, or nil when it is not mandatory.
    public var requiredOf: MandatoryAudience? { self.mandatory ? self.mandatoryFor : nil }

    /// True when the course is for `stage` (a course naming no stage is for every stage).
    public func isFor(stage: String) -> Bool { self.stages.isEmpty || self.stages.contains(stage) }

    /// The first session that has not started and is not cancelled, on or after `today`.
    public func nextSession(onOrAfter today: LocalDate) -> Session? {
        self.sessions.first { $0.firstDay >= today && $0.status != .cancelled }
    }
}

/// Whom mandatory training is for: everyone in the groups it names, or only the staff a school
/// nominates for a duty (first aiders, fire marshals, the designated safeguarding lead).
public enum MandatoryAudience: String, Sendable, CaseIterable {
    case everyone
    case nominated
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

/// A kind of school an offer may charge differently (`cost: { maintained: 60, academy: 45 }`).
/// Pages show it in the theme's words (`school_kinds.<value>` in `strings.yml`).
public enum SchoolKind: String, Sendable, CaseIterable {
    /// The trust's own schools.
    case trust
    /// Local-authority maintained schools.
    case maintained
    case academy
    /// Partner schools outside the trust.
    case partner
    case independent
}

/// One price of a course for one kind of school.
public struct KindCost: Sendable, Hashable {
    public var kind: SchoolKind
    public var cost: Cost

    public init(kind: SchoolKind, cost: Cost) {
        self.kind = kind
        self.cost = cost
    }
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
