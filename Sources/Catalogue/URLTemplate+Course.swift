extension URLTemplate {
    /// The value of a placeholder for `course`, and for one of its sessions when there is one
    /// (`{date}` and `{start}` are empty without): the one list behind every booking, feedback and
    /// interest link, on pages and in exports alike.
    static func value(of placeholder: String, _ course: Course, _ session: Session?) -> String {
        switch placeholder {
        case "code": return course.reference
        case "slug": return course.slug
        case "title": return course.title
        case "date": return session?.firstDay.iso ?? ""
        case "start": return session?.start?.description ?? ""
        default: return ""
        }
    }

    /// The link for `course` (and `session`), each value percent-encoded. Each value is made only
    /// where the template uses it: booking links are made for every session, on pages and in exports.
    public func expand(for course: Course, session: Session?) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .placeholder(let name): result += URLTemplate.percentEncode(URLTemplate.value(of: name, course, session))
            }
        }
        return result
    }
}
