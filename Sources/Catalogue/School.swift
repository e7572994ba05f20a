/// One school of a multi-school trust (site.yml `schools:`): staff see the dates at their own school.
///
/// A session is at a school when its venue starts with the school's name ("Castlegate School" or
/// "Castlegate School (secondary networks)"), compared without regard to case; venues that name no
/// school (a training centre, online) are for everyone.
public struct School: Sendable, Hashable {
    public var name: String
    /// Where it is listed in site.yml, for messages.
    public var source: SourceLocation

    public init(name: String, source: SourceLocation) {
        self.name = name
        self.source = source
    }

    /// URL-safe form of the name: filter values, anchors and the school's calendar file.
    public var slug: String { Slug.make(from: name) }

    /// Whether a session at `venue` is at this school.
    public func hosts(venue: String?) -> Bool {
        guard let venue else { return false }
        return venue.lowercased().hasPrefix(name.lowercased())
    }
}

extension SiteSettings {
    /// The school a session at `venue` is at, or nil for a venue that names none.
    public func school(at venue: String?) -> School? {
        schools.first { $0.hosts(venue: venue) }
    }

    /// `schools: [Castlegate School, Westbrook Rise Academy]`: names, each once.
    static func readSchools(_ reader: MappingReader) -> [School] {
        var schools: [School] = []
        for (position, (name, node)) in (reader.stringList("schools") ?? []).enumerated() {
            if schools.contains(where: { $0.slug == Slug.make(from: name) }) {
                reader.log.error(.duplicateSchool, "school '\(name)' is listed twice", at: node, keyPath: "schools[\(position)]",
                                 suggestion: "list each school once")
                continue
            }
            schools.append(School(name: name, source: reader.log.location(of: node)))
        }
        return schools
    }
}
