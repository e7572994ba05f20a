/// The CPD lead's report (`templates/report.mustache`): one page for the lead and the board, made by
/// the Report module from the offer's numbers. Every word in it is the theme's (`report.*` strings)
/// or the content's; the charts are drawn by the template from the numbers given here.
public struct ReportView: Sendable {
    public var lang: String
    /// The page's title and heading ("CPD report: CPLD Offer 2026/27").
    public var title: String
    public var siteTitle: String
    /// "Made on Sun 6 Dec 2026 from the offer for 2026-27."
    public var generated: String
    public var contentsTitle: String
    public var sections: [ReportSectionView]
    /// The privacy note and how the numbers were made, at the foot of the page.
    public var footer: [String]

    public init(lang: String, title: String, siteTitle: String, generated: String, contentsTitle: String,
                sections: [ReportSectionView], footer: [String]) {
        self.lang = lang
        self.title = title
        self.siteTitle = siteTitle
        self.generated = generated
        self.contentsTitle = contentsTitle
        self.sections = sections
        self.footer = footer
    }
}

/// One section of the report: a heading, a plain-English lead-in, its charts and its tables.
public struct ReportSectionView: Sendable {
    /// The section's anchor (`groups`), also the contents list's link.
    public var id: String
    public var title: String
    public var lead: [String]
    public var charts: [ReportChartView]
    public var tables: [ReportTableView]
    /// Said when the section has nothing to show ("No gaps found").
    public var empty: String?

    public init(id: String, title: String, lead: [String], charts: [ReportChartView] = [], tables: [ReportTableView] = [],
                empty: String? = nil) {
        self.id = id
        self.title = title
        self.lead = lead
        self.charts = charts
        self.tables = tables
        self.empty = empty
    }
}

/// A horizontal bar chart drawn as inline SVG, in a `width` × `height` box, followed on the page by
/// the table of the same numbers (`tableID`).
public struct ReportChartView: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var width: Int
    public var height: Int
    public var bars: [ReportBarView]
    /// The key to the tones of a chart whose bars have several parts; empty for one part.
    public var legend: [ReportLegendView]
    public var tableID: String
    /// "The numbers are in the table below."
    public var tableNote: String

    public init(id: String, title: String, description: String, width: Int, height: Int, bars: [ReportBarView],
                legend: [ReportLegendView], tableID: String, tableNote: String) {
        self.id = id
        self.title = title
        self.description = description
        self.width = width
        self.height = height
        self.bars = bars
        self.legend = legend
        self.tableID = tableID
        self.tableNote = tableNote
    }
}

/// One bar: its label above it, its parts, and its value written after it.
public struct ReportBarView: Sendable {
    public var label: String
    public var value: String
    /// The label's baseline, and the bar's top and height.
    public var labelY: Int
    public var y: Int
    public var height: Int
    /// Where the value is written, and its baseline.
    public var valueX: Int
    public var valueY: Int
    public var segments: [ReportSegmentView]

    public init(label: String, value: String, labelY: Int, y: Int, height: Int, valueX: Int, valueY: Int, segments: [ReportSegmentView]) {
        self.label = label
        self.value = value
        self.labelY = labelY
        self.y = y
        self.height = height
        self.valueX = valueX
        self.valueY = valueY
        self.segments = segments
    }
}

/// One part of a bar, in one tone (`tone-1` … `tone-8`: a colour and a pattern in the theme's CSS).
public struct ReportSegmentView: Sendable {
    public var x: Int
    public var width: Int
    public var tone: String
    /// What the part is, in words ("School day: 12 (40%)").
    public var title: String

    public init(x: Int, width: Int, tone: String, title: String) {
        self.x = x
        self.width = width
        self.tone = tone
        self.title = title
    }
}

/// One entry of a chart's key.
public struct ReportLegendView: Sendable {
    public var label: String
    public var tone: String

    public init(label: String, tone: String) {
        self.label = label
        self.tone = tone
    }
}

/// A table of the report (also written as a CSV file, `csvHref`).
public struct ReportTableView: Sendable {
    public var id: String
    public var caption: String
    public var headers: [ReportCellView]
    public var rows: [ReportRowView]
    public var csvHref: String?
    public var csvLabel: String?

    public init(id: String, caption: String, headers: [ReportCellView], rows: [ReportRowView], csvHref: String?, csvLabel: String?) {
        self.id = id
        self.caption = caption
        self.headers = headers
        self.rows = rows
        self.csvHref = csvHref
        self.csvLabel = csvLabel
    }
}

/// A row of a table: its first cell names it (a row header), the rest are its values.
public struct ReportRowView: Sendable {
    public var header: ReportCellView
    public var cells: [ReportCellView]

    public init(header: ReportCellView, cells: [ReportCellView]) {
        self.header = header
        self.cells = cells
    }
}

/// A cell: text, right-aligned when it is a number.
public struct ReportCellView: Sendable {
    public var text: String
    public var numeric: Bool

    public init(text: String, numeric: Bool) {
        self.text = text
        self.numeric = numeric
    }
}
