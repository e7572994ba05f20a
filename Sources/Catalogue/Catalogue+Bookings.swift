extension Catalogue {
    /// The catalogue with the places booked on each session, counted from the trust's booking
    /// downloads: every published session with `places` gets `booked` (0 when `count` finds no
    /// booking for it) and, while it is open, the places left are what the bookings leave; with
    /// none left it shows as full. A hand-kept `places_left` is replaced, without a warning: the
    /// downloads are the newer word (docs/form-downloads.md).
    ///
    /// `count` is asked for each published session with places, with its course.
    public func booking(_ count: (Course, Session) -> Int) -> Catalogue {
        let booked = courses.map { course -> Course in
            guard !course.draft else { return course }
            var course = course
            course.sessions = course.sessions.map { session in session.places == nil ? session : session.booking(count(course, session)) }
            return course
        }
        var catalogue = Catalogue(settings: settings, home: home, groups: groups, courses: booked, pathways: pathways, pages: pages)
        catalogue.edition = edition
        return catalogue
    }
}

extension Session {
    /// This session with `count` places booked (`places` must be given): an open session has the
    /// places the bookings leave, and is full when none are left.
    func booking(_ count: Int) -> Session {
        guard let places else { return self }
        var session = self
        session.booked = count
        if fullByPlacesLeft { session.status = .open }
        guard session.status == .open else { return session }
        let left = max(0, places - count)
        session.placesLeft = left
        session.fullByPlacesLeft = left == 0
        if left == 0 { session.status = .full }
        return session
    }
}
