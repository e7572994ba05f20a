import Templates

// The report's fields (`templates/report.mustache`), declared as every view's are (see TemplateView);
// docs/theme.md lists them.

extension ReportView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("lang") { $0.lang },
        .field("title") { $0.title },
        .field("siteTitle") { $0.siteTitle },
        .field("generated") { $0.generated },
        .field("contentsTitle") { $0.contentsTitle },
        .field("sections") { $0.sections },
        .field("footer") { $0.footer },
    ]
}

extension ReportSectionView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("id") { $0.id },
        .field("title") { $0.title },
        .field("lead") { $0.lead },
        .field("charts") { $0.charts },
        .field("tables") { $0.tables },
        .field("empty") { $0.empty },
    ]
}

extension ReportChartView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("id") { $0.id },
        .field("title") { $0.title },
        .field("description") { $0.description },
        .field("width") { $0.width },
        .field("height") { $0.height },
        .field("bars") { $0.bars },
        .field("legend") { $0.legend },
        .field("hasLegend") { !$0.legend.isEmpty },
        .field("tableID") { $0.tableID },
        .field("tableNote") { $0.tableNote },
    ]
}

extension ReportBarView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("value") { $0.value },
        .field("labelY") { $0.labelY },
        .field("y") { $0.y },
        .field("height") { $0.height },
        .field("valueX") { $0.valueX },
        .field("valueY") { $0.valueY },
        .field("segments") { $0.segments },
    ]
}

extension ReportSegmentView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("x") { $0.x },
        .field("width") { $0.width },
        .field("tone") { $0.tone },
        .field("title") { $0.title },
    ]
}

extension ReportLegendView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("tone") { $0.tone },
    ]
}

extension ReportTableView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("id") { $0.id },
        .field("caption") { $0.caption },
        .field("headers") { $0.headers },
        .field("rows") { $0.rows },
        .field("csvHref") { $0.csvHref },
        .field("csvLabel") { $0.csvLabel },
    ]
}

extension ReportRowView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("header") { $0.header },
        .field("cells") { $0.cells },
    ]
}

extension ReportCellView: TemplateView {
    public static let templateFields: TemplateFields<Self> = [
        .field("text") { $0.text },
        .field("numeric") { $0.numeric },
    ]
}
