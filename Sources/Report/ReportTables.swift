import Foundation
import Catalogue
import Site

/// The report's tables, from its numbers, in the theme's words.
struct ReportTables: Sendable {
    let data: ReportData
    let strings: SiteStrings

    func word(_ key: String, _ values: [String: String] = [:]) -> String { strings.reportText("report." + key, values) }
    func column(_ key: String, numeric: Bool = true) -> ReportTable.Column { .init(title: word("columns." + key), numeric: numeric) }
    func percent(_ value: Int) -> String { word("percent", ["value": String(value)]) }

    /// `12` with its share: `12 (40%)`.
    func countAndShare(_ count: Int, of total: Int) -> ReportTable.Cell {
        let share = total == 0 ? 0 : Int((Double(count) * 100 / Double(total)).rounded())
        return .number(Double(count), shown: "\(count) (\(percent(share)))")
    }

    static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(format: "%.1f", hours)
    }

    func offer(_ rows: [OfferRow], name: String, caption: String, first: String) -> ReportTable {
        ReportTable(name: name, caption: caption, columns: [column(first, numeric: false), column("courses"), column("dates"), column("hours"),
                                                        column("no_hours"), column("mandatory_everyone"), column("mandatory_nominated"),
                                                        column("sustained"), column("free"), column("charged"), column("other_cost")],
                    rows: rows.map { row in
                        [.text(row.title), .number(row.courses), .number(row.datesToCome),
                         .number(row.cpdHours, shown: Self.hoursText(row.cpdHours)), .number(row.withoutHours),
                         .number(row.mandatoryEveryone), .number(row.mandatoryNominated), .number(row.sustained),
                         .number(row.free), .number(row.charged), .number(row.otherCost)]
                    })
    }

    var groups: ReportTable { offer(data.groups, name: "groups", caption: word("groups.title"), first: "group") }
    var stages: ReportTable { offer(data.stages, name: "stages", caption: word("stages.title"), first: "stage") }

    var mandatory: ReportTable {
        ReportTable(name: "mandatory", caption: word("mandatory.title"),
                    columns: [column("course", numeric: false), column("for", numeric: false), column("renewal", numeric: false),
                              column("groups"), column("next_date", numeric: false)],
                    rows: data.mandatory.map { row in
                        [.text(row.title), .text(word(row.audience == .everyone ? "mandatory.everyone" : "mandatory.nominated")),
                         .text(row.renewalMonths.map(strings.reportRenewal) ?? word("mandatory.once")), .number(row.groups),
                         .text(row.nextDate.map(strings.reportShortDate) ?? word(row.anyTime ? "access.online" : "none"))]
                    })
    }

    /// The times some group has a date at (every time, when no group has any), in order.
    var accessTimes: [AccessTime] {
        let used = AccessTime.allCases.filter { time in data.access.contains { ($0.byTime[time] ?? 0) > 0 } }
        return used.isEmpty ? AccessTime.allCases : used
    }

    func accessName(_ time: AccessTime) -> String { time.timeOfDay.map(strings.reportTimeOfDay) ?? word("access.online") }

    var access: ReportTable {
        let times = accessTimes
        return ReportTable(name: "access", caption: word("access.title"),
                           columns: [column("group", numeric: false), column("dates")] + times.map { .init(title: accessName($0), numeric: true) },
                           rows: data.access.map { row in
                               [.text(row.title), .number(row.datesToCome)] + times.map { countAndShare(row.byTime[$0] ?? 0, of: row.datesToCome) }
                           })
    }

    var schools: ReportTable {
        ReportTable(name: "schools", caption: word("schools.title"), columns: [column("school", numeric: false), column("dates")],
                    rows: data.schools.map { [.text($0.school ?? word("schools.elsewhere")), .number($0.dates)] })
    }

    func gapName(_ kind: Gap.Kind) -> String {
        switch kind {
        case .thinGroup: word("gaps.thin_group")
        case .thinStage: word("gaps.thin_stage")
        case .mandatoryWithoutDate: word("gaps.mandatory_no_date")
        case .noDates: word("gaps.no_dates")
        case .onlyToBeConfirmed: word("gaps.only_tbc")
        case .recurringOnly: word("gaps.recurring_only")
        case .strandWithoutSustained: word("gaps.no_sustained")
        case .fullDate: word("gaps.full")
        }
    }

    var gaps: ReportTable {
        ReportTable(name: "gaps", caption: word("gaps.title"),
                    columns: [column("gap", numeric: false), column("what", numeric: false), column("detail", numeric: false)],
                    rows: data.gaps.map { gap in
                        let detail = gap.count.map { strings.reportCount("report.gaps.courses", $0) } ?? gap.date.map(strings.reportShortDate) ?? ""
                        return [.text(gapName(gap.kind)), .text(gap.title), .text(detail)]
                    })
    }

    var sessions: ReportTable {
        ReportTable(name: "sessions", caption: word("uptake.chart"),
                    columns: [column("course", numeric: false), column("date", numeric: false), column("places"), column("booked"), column("fill")],
                    rows: data.sessions.map { row in
                        [.text(row.title), .text(strings.reportShortDate(row.date) + (row.start.map { ", \($0)" } ?? "")), row.places.map { .number($0) } ?? .blank(""),
                         .number(row.booked),
                         row.fillRate.map { .number(($0 * 100).rounded(), shown: percent(Int(($0 * 100).rounded()))) } ?? .blank("")]
                    })
    }

    var strandFill: ReportTable {
        ReportTable(name: "fill-by-strand", caption: word("uptake.strands_chart"),
                    columns: [column("strand", numeric: false), column("places"), column("booked"), column("fill")],
                    rows: data.strandFill.map { row in
                        [.text(row.strand), .number(row.places), .number(row.booked),
                         .number((row.fillRate * 100).rounded(), shown: percent(Int((row.fillRate * 100).rounded())))]
                    })
    }

    var groupBookings: ReportTable {
        ReportTable(name: "bookings-by-group", caption: word("uptake.groups_chart"), columns: [column("group", numeric: false), column("bookings")],
                    rows: data.groupBookings.map { [.text($0.title ?? word("uptake.no_group")), .number($0.booked)] })
    }

    static func rating(_ value: Double) -> String { String(format: "%.1f", value) }

    var evaluations: ReportTable {
        ReportTable(name: "evaluations", caption: word("evaluations.title"),
                    columns: [column("course", numeric: false), column("responses"), column("rated"), column("mean")],
                    rows: data.evaluations.map { row in
                        [.text(row.title), .number(row.summary.responses), .number(row.summary.rated),
                         row.summary.meanRating.map { .number(ReportJSON.rounded($0), shown: Self.rating($0)) } ?? .blank("")]
                    })
    }

    var files: ReportTable {
        ReportTable(name: "downloads", caption: word("sources.title"),
                    columns: [column("file", numeric: false), column("kind", numeric: false), column("rows"), column("matched")],
                    rows: data.files.map { file in
                        [.text(file.path), .text(word(file.kind == .bookings ? "sources.bookings" : "sources.evaluations")),
                         .number(file.rows), .number(file.matched)]
                    })
    }
}
