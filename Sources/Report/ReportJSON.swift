import Catalogue
import JSON
import Site

/// `report.json`: the report's numbers for other tools, written deterministically (sorted keys,
/// one number form). Its schema is in docs/report.md; `version` changes when a field's meaning does.
enum ReportJSON {
    static let path = OutputWriter.reportDataPath
    static let version = 1

    static func value(_ data: ReportData) -> JSONValue {
        var object: [String: JSONValue] = [
            "version": .int(version),
            "generated": .string(data.today.description),
            "academic_year": .string(data.academicYear.description),
            "settings": ["fewest_opportunities": .int(data.settings.fewestOpportunities), "on_site": .string(data.settings.onSite.rawValue)],
            "groups": .object(Dictionary(uniqueKeysWithValues: data.groups.map { ($0.slug, offer($0)) })),
            "stages": .object(Dictionary(uniqueKeysWithValues: data.stages.map { ($0.slug, offer($0)) })),
            "mandatory": .array(data.mandatory.map { row in
                ["course": .string(row.slug), "for": .string(row.audience.rawValue), "renewal_months": .integer(row.renewalMonths),
                 "groups": .int(row.groups), "next_date": .text(row.nextDate?.description), "any_time": .bool(row.anyTime)]
            }),
            "access": .object(Dictionary(uniqueKeysWithValues: data.access.map { row in
                (row.slug, ["dates_to_come": .int(row.datesToCome),
                            "by_time": .object(Dictionary(uniqueKeysWithValues: AccessTime.allCases.map { ($0.rawValue, .int(row.byTime[$0] ?? 0)) }))])
            })),
            "schools": .array(data.schools.map { ["school": .text($0.school), "dates": .int($0.dates)] }),
            "gaps": .array(data.gaps.map { gap in
                ["kind": .string(gap.kind.rawValue), "subject": .string(gap.subject), "count": .integer(gap.count), "date": .text(gap.date?.description)]
            }),
        ]
        object["sessions"] = .array(data.sessions.map { row in
            ["course": .string(row.course), "date": .string(row.date.description), "start": row.start.map { .string($0.description) } ?? .null, "places": .integer(row.places), "booked": .int(row.booked),
             "fill_rate": .number(row.fillRate.map(rounded)),
             "by_group": .object(row.byGroup.mapValues { .int($0) })]
        })
        object["fill_by_strand"] = .object(Dictionary(uniqueKeysWithValues: data.strandFill.map { row in
            (row.strand, JSONValue.object(["places": .int(row.places), "booked": .int(row.booked), "fill_rate": .number(rounded(row.fillRate))]))
        }))
        object["group_bookings"] = .object(Dictionary(uniqueKeysWithValues: data.groupBookings.map { ($0.group, JSONValue.int($0.booked)) }))
        object["evaluations"] = .object(Dictionary(uniqueKeysWithValues: data.evaluations.map { row in
            (row.course, ["responses": .int(row.summary.responses), "rated": .int(row.summary.rated),
                          "mean_rating": .number(row.summary.meanRating.map(rounded))] as JSONValue)
        }))
        object["files"] = .array(data.files.map { file in
            ["kind": .string(file.kind.rawValue), "path": .string(file.path), "rows": .int(file.rows), "matched": .int(file.matched)]
        })
        return .object(object)
    }

    static func offer(_ row: OfferRow) -> JSONValue {
        ["title": .string(row.title), "courses": .int(row.courses), "mandatory": .int(row.mandatory),
         "mandatory_everyone": .int(row.mandatoryEveryone), "mandatory_nominated": .int(row.mandatoryNominated),
         "mandatory_courses": .strings(row.mandatorySlugs), "dates_to_come": .int(row.datesToCome), "cpd_hours": .number(rounded(row.cpdHours)),
         "courses_without_hours": .int(row.withoutHours), "sustained": .int(row.sustained),
         "cost": ["free": .int(row.free), "charged": .int(row.charged), "in_words": .int(row.otherCost)]]
    }

    /// Two decimal places: enough for a rate or a mean, and the same on every machine.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
