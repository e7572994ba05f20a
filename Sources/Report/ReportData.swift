import Catalogue
import Uptake

/// Everything the CPD lead's report says, as numbers: computed once from the published offer, the
/// form downloads (`Uptake`) and "today", with nothing read from anywhere else, so the same inputs
/// always give the same report. Drafts are never counted; the partner edition has no report.
public struct ReportData: Sendable, Equatable {
    /// The day dates "to come" start from.
    public var today: LocalDate
    public var academicYear: AcademicYear
    public var settings: ReportSettings
    /// One row per staff group, in the site's order.
    public var groups: [OfferRow]
    /// One row per career stage, in site.yml's order.
    public var stages: [OfferRow]
    /// Every published mandatory course.
    public var mandatory: [MandatoryRow]
    /// When each group's dates to come are held.
    public var access: [AccessRow]
    /// Dates to come by school (site.yml's `schools`, in order), then those at no school.
    public var schools: [SchoolRow]
    public var gaps: [Gap]
    /// Sessions matched to a booking download, by course title then date.
    public var sessions: [SessionRow]
    /// How full each strand's booked sessions are, taken together (strands in the site's order; only
    /// sessions that give a number of places count).
    public var strandFill: [StrandFillRow]
    /// Bookings by staff group (in the site's order, then "" for rows naming none), only groups with bookings.
    public var groupBookings: [GroupBookingRow]
    /// Courses with evaluations, by title.
    public var evaluations: [EvaluationRow]
    /// The downloads read.
    public var files: [ExportFileSummary]

    /// True when any download was read.
    public var hasUptake: Bool { !files.isEmpty || !sessions.isEmpty || !evaluations.isEmpty }
}

/// What the offer holds for one staff group or one career stage.
public struct OfferRow: Sendable, Equatable {
    public var slug: String
    public var title: String
    /// Published courses open to it.
    public var courses: Int
    /// Their sessions still to come (not cancelled).
    public var datesToCome: Int
    /// The sum of their `cpd_hours`.
    public var cpdHours: Double
    /// Of them, courses that give no CPD hours.
    public var withoutHours: Int
    /// Mandatory courses among them, for everyone and for nominated staff.
    public var mandatoryEveryone: Int
    public var mandatoryNominated: Int
    /// Sustained programmes among them (`Course.isSustained(in:)`).
    public var sustained: Int
    /// What staff pay: nothing, a price, or a cost written in words that is not free.
    public var free: Int
    public var charged: Int
    public var otherCost: Int
    /// The mandatory courses among them, by slug.
    public var mandatorySlugs: [String]

    /// Mandatory courses, whoever they are for.
    public var mandatory: Int { mandatoryEveryone + mandatoryNominated }
}

/// A mandatory course, whom it is for, its renewal cycle and its next date this academic year.
public struct MandatoryRow: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var audience: MandatoryAudience
    public var renewalMonths: Int?
    /// How many staff groups it is open to.
    public var groups: Int
    public var nextDate: LocalDate?
    /// An online or self-study course with no dates: taken at any time.
    public var anyTime: Bool
}

/// How one staff group's dates to come fall across the day.
public struct AccessRow: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var datesToCome: Int
    /// Dates by when they are held, in `AccessTime.allCases` order (zero counts included).
    public var byTime: [AccessTime: Int]

    /// The share of `time` as a whole percentage (0 with no dates).
    public func percent(_ time: AccessTime) -> Int {
        datesToCome == 0 ? 0 : Int((Double(byTime[time] ?? 0) * 100 / Double(datesToCome)).rounded())
    }
}

/// When a date is held, for access: one of the site's times of day, or online or any time.
public enum AccessTime: Sendable, Hashable {
    case at(TimeOfDay)
    /// An online or self-study course's date, or a date with no time on an ordinary weekday.
    case online

    /// The times of day in their order, then online or any time.
    public static let allCases: [AccessTime] = TimeOfDay.allCases.map(AccessTime.at) + [.online]

    /// `school-day`, `twilight`… as site.yml and catalogue.json name them; `online-any-time`.
    public var rawValue: String {
        switch self {
        case .at(let time): time.rawValue
        case .online: "online-any-time"
        }
    }

    /// The time of day it stands for (nil for online or any time).
    public var timeOfDay: TimeOfDay? {
        if case .at(let time) = self { return time }
        return nil
    }
}

/// Dates to come at one school, or (`school` nil) at none.
public struct SchoolRow: Sendable, Equatable {
    public var school: String?
    public var dates: Int
}

/// Something the lead may need to act on.
public struct Gap: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case thinGroup = "thin-group"
        case thinStage = "thin-stage"
        case mandatoryWithoutDate = "mandatory-without-date"
        case noDates = "no-dates"
        case onlyToBeConfirmed = "only-to-be-confirmed"
        case recurringOnly = "recurring-only"
        case strandWithoutSustained = "strand-without-sustained"
        case fullDate = "full-date"
    }

    public var kind: Kind
    /// The group, stage or course slug, or the strand's title.
    public var subject: String
    /// How it is shown.
    public var title: String
    /// The count of a thin group or stage.
    public var count: Int?
    /// The date of a full session.
    public var date: LocalDate?
}

/// Bookings of one session matched to a booking download.
public struct SessionRow: Sendable, Equatable {
    public var course: String
    public var title: String
    public var date: LocalDate
    /// Its start time, which tells apart two sessions of a course on one day.
    public var start: LocalTime?
    public var places: Int?
    public var booked: Int
    /// By staff group; empty for a session that shares its day with another of its course (the
    /// downloads' rows name the day, so the groups are counted for the day, in `groupBookings`).
    public var byGroup: [String: Int]

    /// Booked ÷ places, or nil when the session gives no number of places.
    public var fillRate: Double? {
        guard let places, places > 0 else { return nil }
        return Double(booked) / Double(places)
    }
}

/// The places and bookings of one strand's sessions matched to a booking download.
public struct StrandFillRow: Sendable, Equatable {
    public var strand: String
    /// Places of its sessions that give a number of places.
    public var places: Int
    /// Places booked on those sessions.
    public var booked: Int

    /// Booked ÷ places (0 when no place is given).
    public var fillRate: Double { places > 0 ? Double(booked) / Double(places) : 0 }
}

/// The places booked by one staff group's staff (`group` "" for rows naming no known group).
public struct GroupBookingRow: Sendable, Equatable {
    public var group: String
    public var title: String?
    public var booked: Int
}

/// The evaluations of one course.
public struct EvaluationRow: Sendable, Equatable {
    public var course: String
    public var title: String
    public var summary: EvaluationSummary
}
