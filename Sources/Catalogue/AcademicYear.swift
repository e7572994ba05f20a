/// An academic year, 1 September to 31 August, written `2026-27`.
public struct AcademicYear: Sendable, Hashable, CustomStringConvertible {
    /// The calendar year in which it starts.
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// Parses `2026-27`, `2026/27` or `2026-2027`.
    public init?(text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]) else { return nil }
        let endText = parts[1]
        guard let end = Int(endText) else { return nil }
        let expected = endText.count == 2 ? (start + 1) % 100 : start + 1
        guard endText.count == 2 || endText.count == 4, end == expected else { return nil }
        startYear = start
    }

    public var firstDay: LocalDate { LocalDate(year: startYear, month: 9, day: 1)! }
    public var lastDay: LocalDate { LocalDate(year: startYear + 1, month: 8, day: 31)! }
    public func contains(_ date: LocalDate) -> Bool { date >= firstDay && date <= lastDay }

    /// The year after, for rollover.
    public var next: AcademicYear { AcademicYear(startYear: startYear + 1) }

    /// `2026-27`.
    public var description: String { "\(startYear)-\(pad((startYear + 1) % 100, 2))" }

    /// The academic year a date falls in.
    public static func containing(_ date: LocalDate) -> AcademicYear {
        AcademicYear(startYear: date.month >= 9 ? date.year : date.year - 1)
    }
}
