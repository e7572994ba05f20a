import Catalogue
import Site

/// The report page's view: its sections in order, each with its lead-in, charts and tables.
struct ReportPage: Sendable {
    let tables: ReportTables
    let settings: SiteSettings

    var data: ReportData { tables.data }
    func word(_ key: String, _ values: [String: String] = [:]) -> String { tables.word(key, values) }

    /// Every table of the report, in page order (each is also a CSV file).
    var allTables: [ReportTable] {
        sections.flatMap(\.tables)
    }

    struct Section {
        var id: String
        var lead: [String]
        var charts: [(chart: BarChart, table: String)] = []
        var tables: [ReportTable] = []
        var empty: String? = nil
    }

    var sections: [Section] {
        var sections: [Section] = []
        let groupsTable = tables.groups, stagesTable = tables.stages
        sections.append(Section(id: "groups", lead: [word("groups.lead")],
                                charts: [(offerChart(data.groups, id: "groups"), groupsTable.name)], tables: [groupsTable]))
        sections.append(Section(id: "stages", lead: [word("stages.lead")],
                                charts: [(offerChart(data.stages, id: "stages"), stagesTable.name)], tables: [stagesTable]))
        sections.append(Section(id: "mandatory", lead: [word("mandatory.lead")], tables: [tables.mandatory]))
        sections.append(Section(id: "access", lead: [word("access.lead")], charts: [(accessChart, "access")], tables: [tables.access]))
        let schools = tables.schools
        sections.append(Section(id: "schools", lead: [word("schools.lead")], charts: [(BarChart.simple(
            id: "schools", title: word("schools.chart"), description: word("schools.chart_description"),
            values: data.schools.map { ($0.school ?? word("schools.elsewhere"), Double($0.dates), String($0.dates)) }), schools.name)],
            tables: [schools]))
        sections.append(Section(id: "gaps", lead: [word("gaps.lead", ["fewest": String(data.settings.fewestOpportunities)])],
                                tables: data.gaps.isEmpty ? [] : [tables.gaps], empty: data.gaps.isEmpty ? word("gaps.none") : nil))
        sections.append(uptake)
        if data.hasUptake {
            let scale = data.settings.evaluationColumns.ratingScale
            sections.append(Section(id: "evaluations", lead: [word("evaluations.lead", ["scale": String(scale)])],
                                    charts: data.evaluations.contains { $0.summary.meanRating != nil } ? [(BarChart.simple(
                                        id: "evaluations", title: word("evaluations.chart"), description: word("evaluations.chart_description"),
                                        values: data.evaluations.compactMap { row in
                                            row.summary.meanRating.map { (row.title, $0, ReportTables.rating($0)) }
                                        }, maximum: Double(scale)), "evaluations")] : [],
                                    tables: data.evaluations.isEmpty ? [] : [tables.evaluations]))
            sections.append(Section(id: "downloads", lead: [word("sources.lead")], tables: [tables.files]))
        }
        return sections
    }

    var uptake: Section {
        guard data.hasUptake else { return Section(id: "uptake", lead: [word("uptake.lead")], empty: word("uptake.none")) }
        var section = Section(id: "uptake", lead: [word("uptake.lead")])
        // One bar a strand (a bar a session runs to hundreds); every session is in the table.
        if !data.strandFill.isEmpty {
            section.charts.append((BarChart.simple(
                id: "fill-by-strand", title: word("uptake.strands_chart"), description: word("uptake.strands_chart_description"),
                values: data.strandFill.map { row in
                    (row.strand, min(row.fillRate, 1), tables.percent(Int((row.fillRate * 100).rounded())))
                }, maximum: 1), "fill-by-strand"))
            section.tables.append(tables.strandFill)
        }
        if !data.sessions.isEmpty { section.tables.append(tables.sessions) }
        if !data.groupBookings.isEmpty {
            section.charts.append((BarChart.simple(
                id: "bookings-by-group", title: word("uptake.groups_chart"), description: word("uptake.groups_chart_description"),
                values: data.groupBookings.map { ($0.title ?? word("uptake.no_group"), Double($0.booked), String($0.booked)) }), "bookings-by-group"))
            section.tables.append(tables.groupBookings)
        }
        return section
    }

    func offerChart(_ rows: [OfferRow], id: String) -> BarChart {
        BarChart.simple(id: id, title: word(id + ".chart"), description: word(id + ".chart_description"),
                        values: rows.map { ($0.title, Double($0.courses), String($0.courses)) })
    }

    var accessChart: BarChart {
        let times = tables.accessTimes
        let tones = Dictionary(uniqueKeysWithValues: times.enumerated().map { ($1, $0 + 1) })
        var chart = BarChart(id: "access", title: word("access.chart"), description: word("access.chart_description"), bars: data.access.map { row in
            BarChart.Bar(label: row.title, parts: times.map { time in
                let count = row.byTime[time] ?? 0
                return (tones[time] ?? 1, row.datesToCome == 0 ? 0 : Double(count) / Double(row.datesToCome),
                        "\(tables.accessName(time)): \(count) (\(tables.percent(row.percent(time))))")
            }, value: String(row.datesToCome))
        })
        chart.legend = times.map { (tones[$0] ?? 1, tables.accessName($0)) }
        return chart
    }

    /// The page's view.
    var view: ReportView {
        let strings = tables.strings
        let sectionViews = sections.map { section in
            ReportSectionView(id: section.id, title: word(section.id == "downloads" ? "sources.title" : section.id + ".title"), lead: section.lead,
                              charts: section.charts.map { $0.chart.view(tableID: $0.table + "-table", note: word("chart_note")) },
                              tables: section.tables.map { $0.view(csvLabel: word("csv")) }, empty: section.empty)
        }
        return ReportView(lang: strings.reportText("language"), title: word("title", ["offer": settings.offer]), siteTitle: settings.title,
                          generated: word("generated", ["date": strings.reportLongDate(data.today), "year": data.academicYear.description]),
                          contentsTitle: word("contents"), sections: sectionViews, footer: [word("privacy"), word("drafts")])
    }
}
