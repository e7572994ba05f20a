extension URLTemplate {
    /// The value of each placeholder for `course`, and for one of its sessions when there is one
    /// (`{date}` and `{start}` are empty without): the one list behind every booking, feedback and
    /// interest link, on pages and in exports alike.
    public static func values(_ course: Course, _ session: Session?) -> [String: String] {
        [
            "code": course.reference, "slug": course.slug, "title": course.title,
            "date": session?.firstDay.iso ?? "", "start": session?.start?.description ?? "",
        ]
    }

    /// The link for `course` (and `session`), each value percent-encoded.
    public func expand(for course: Course, session: Session?) -> String {
        expand(URLTemplate.values(course, session))
    }
}
