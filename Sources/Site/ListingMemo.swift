import Catalogue
import Parallel

/// Whole-offer work behind the paged listings, done once per build rather than once per page.
///
/// A paged listing (the courses index, a stage's list, What's on and each school's) is rendered page by
/// page, each page from its own `ViewFactory`; without this, every page grouped the offer's courses by
/// strand, or sorted every session, again: n² in the offer's size (a 20,000-course build took five
/// times as long). It lives in the build's `CardCache`, so it is made for one catalogue and one
/// "today", and a new build (or a new generation of the preview) gets a new one.
final class ListingMemo: Sendable {
    private let strandsMade = OnceCell<[(strand: Strand, courses: [Course])]>()
    private let sessionsMade = OnceCells<WhatsOnSections>()
    private let stagesMade = OnceCells<[(strand: Strand, courses: [Course])]>()
    private let countsMade = OnceCells<Int>()
    private let mandatoryMade = OnceCell<[Course]>()
    private let groupListsMade = OnceCells<[String: [Course]]>()
    private let cardViewsMade = Locked<[String: CourseCardView]>([:])

    /// `catalogue.strands`, made once.
    func strands(_ make: () -> [(strand: Strand, courses: [Course])]) -> [(strand: Strand, courses: [Course])] {
        strandsMade.value(make)
    }

    /// A stage's courses by strand (`ViewFactory.stageStrands`), made once for each stage: each of a
    /// stage's pages filtered the whole offer again (n² like the strands were).
    func stageStrands(_ stage: String, _ make: () -> [(strand: Strand, courses: [Course])]) -> [(strand: Strand, courses: [Course])] {
        stagesMade.value(for: stage, make)
    }

    /// The required grid's rows (`ViewFactory.requiredGrid`), sorted once rather than for each of its pages.
    func mandatory(_ make: () -> [Course]) -> [Course] {
        mandatoryMade.value(make)
    }

    /// A long group page's lists of courses, by stage (`ViewFactory.groupListCourses`,
    /// `GroupLists.byStage`), made once for all the lists' pages: each page filtered the whole offer again.
    func groupList(_ group: String, _ make: () -> [String: [Course]]) -> [String: [Course]] {
        groupListsMade.value(for: group, make)
    }

    /// A whole-offer count every page of a listing needs for its pagination (`key` names it), made once.
    func total(_ key: String, _ make: () -> Int) -> Int {
        countsMade.value(for: key, make)
    }

    /// What's on's sessions by term and month, for the whole offer (`key` "") or one school, made once.
    func sessions(_ key: String, _ make: () -> WhatsOnSections) -> WhatsOnSections {
        sessionsMade.value(for: key, make)
    }

    /// A course's card data (`ViewFactory.cardView`, `key` its root prefix and slug), made once:
    /// every group page lists its mandatory courses' cards as data, and the groups share most of them.
    /// Made outside the lock (many are made, each quickly), so two threads may both make one.
    func cardView(_ key: String, _ make: () -> CourseCardView) -> CourseCardView {
        if let made = cardViewsMade.withLock({ $0[key] }) { return made }
        let view = make()
        cardViewsMade.withLock { $0[key] = view }
        return view
    }
}

/// A value made once, by the first thread that asks for it; a thread asking while it is being made
/// waits for it.
private final class OnceCell<Value>: Sendable {
    private let made = Locked<Value?>(nil)

    func value(_ make: () -> Value) -> Value {
        made.withLock { made in
            if let value = made { return value }
            let value = make()
            made = value
            return value
        }
    }
}

/// One `OnceCell` for each key: values for different keys (two schools' What's on, two stages'
/// lists) are made at the same time on different cores. With one lock for all the keys, a page
/// waited while another thread made another key's value, and at 20,000 courses a core stood idle
/// for a tenth of a second behind a school's sessions.
private final class OnceCells<Value>: Sendable {
    private let cells = Locked<[String: OnceCell<Value>]>([:])

    func value(for key: String, _ make: () -> Value) -> Value {
        let cell = cells.withLock { cells in
            if let cell = cells[key] { return cell }
            let cell = OnceCell<Value>()
            cells[key] = cell
            return cell
        }
        return cell.value(make)
    }
}

/// What's on's months, page by page the same: its rows are made for the page shown (`whatsOnPage`).
struct WhatsOnSections: Sendable {
    var terms: [TermSessionsView]
    var past: [MonthSessionsView]
    var underWay: [MonthSessionsView]
    /// Each month's sessions by the month's id: What's on at 20,000 courses has 130 pages, and making
    /// every row for each of them cost n² (`whatsOnPage` makes the shown page's).
    var entries: [String: [WhatsOnEntry]]
    var upcomingCount: String
    var pastCount: String
    var underWayCount: String
}

/// What's on's sessions, in date order: past, under way (started, meeting again) and to come.
struct WhatsOnSessions: Sendable {
    var past: [WhatsOnEntry]
    var underWay: [WhatsOnEntry]
    var upcoming: [WhatsOnEntry]
}
