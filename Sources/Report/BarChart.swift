import Foundation
import Site

/// A horizontal bar chart's geometry, in the units of its SVG box: each bar's label on a line of its
/// own above it (so long names need no room beside the bars) and its value after it. The template
/// draws it; the table of the same numbers follows it on the page.
struct BarChart: Sendable {
    static let width = 400
    /// The longest bar, leaving room for its value after it.
    static let longest = 310
    static let rowHeight = 44
    static let barHeight = 16
    /// Longer labels are cut (the table beside the chart has them whole).
    static let labelLength = 50

    /// One bar: its label, its parts (tone and share of the longest bar, with what the part is in
    /// words) and its value in words.
    struct Bar: Sendable {
        var label: String
        var parts: [(tone: Int, length: Double, title: String)]
        var value: String
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]
    var legend: [(tone: Int, label: String)] = []

    /// A bar of one part per value, as long as its share of `maximum` (the largest value when nil).
    static func simple(id: String, title: String, description: String, values: [(label: String, value: Double, shown: String)],
                       maximum: Double? = nil) -> BarChart {
        let top = max(maximum ?? values.map(\.value).max() ?? 0, 1)
        return BarChart(id: id, title: title, description: description, bars: values.map { item in
            Bar(label: item.label, parts: [(1, min(max(item.value, 0) / top, 1), "\(item.label): \(item.shown)")], value: item.shown)
        })
    }

    static func cut(_ label: String) -> String {
        label.count <= labelLength ? label : String(label.prefix(labelLength - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    func view(tableID: String, note: String) -> ReportChartView {
        let bars = self.bars.enumerated().map { index, bar -> ReportBarView in
            let top = index * Self.rowHeight + 4
            let y = top + 20
            var x = 0
            var segments: [ReportSegmentView] = []
            for part in bar.parts {
                let length = Int((part.length * Double(Self.longest)).rounded())
                guard length > 0 else { continue }
                segments.append(ReportSegmentView(x: x, width: length, tone: "tone-\(part.tone)", title: part.title))
                x += length
            }
            return ReportBarView(label: Self.cut(bar.label), value: bar.value, labelY: top + 14, y: y, height: Self.barHeight,
                                 valueX: x + 6, valueY: y + 13, segments: segments)
        }
        return ReportChartView(id: id + "-chart", title: title, description: description, width: Self.width,
                               height: max(self.bars.count * Self.rowHeight + 8, 20), bars: bars,
                               legend: legend.map { ReportLegendView(label: $0.label, tone: "tone-\($0.tone)") }, tableID: tableID, tableNote: note)
    }
}
