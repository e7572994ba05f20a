import Templates

// The fields templates may use, declared once per view: lookups and the template checker's schema both
// come from these tables (see TemplateView). docs/theme.md lists them; a test keeps it in step.

extension HomeView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("introHTML") { $0.introHTML },
        .field("forPartners") { $0.forPartners },
        .field("courseCount") { $0.courseCount },
        .field("sessionCount") { $0.sessionCount },
        .field("families") { $0.families },
        .field("strands") { $0.strands },
        .field("pathways") { $0.pathways },
        .field("upcoming") { $0.upcoming },
    ]
}

extension UpcomingView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("date") { $0.date },
        .field("iso") { $0.iso },
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("status") { $0.status },
    ]
}

extension FamilyView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("name") { $0.name },
        .field("id") { $0.id },
        .field("groups") { $0.groups },
    ]
}

extension StrandView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("id") { $0.id },
        .field("summary") { $0.summary },
        .field("href") { $0.href },
        .field("count") { $0.count },
        .field("courses") { $0.courses },
        .field("continued") { $0.continued },
    ]
}

extension CoursesIndexView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("count") { $0.count },
        .field("groupsHref") { $0.groupsHref },
        .field("filters") { $0.filters },
        .field("strands") { $0.strands },
        .field("contents") { $0.contents },
        .field("pagination") { $0.pagination },
        .field("filterDataHref") { $0.filterDataHref },
        .field("filterScriptHref") { $0.filterScriptHref },
    ]
}

extension PaginationView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("previousHref") { $0.previousHref },
        .field("nextHref") { $0.nextHref },
        .field("numbers") { $0.numbers },
    ]
}

extension PageNumberView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("number") { $0.number },
        .field("href") { $0.href },
        .field("current") { $0.current },
    ]
}

extension GroupsIndexView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("count") { $0.count },
        .field("families") { $0.families },
    ]
}

extension GroupView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("family") { $0.family },
        .field("summary") { $0.summary },
        .field("bodyHTML") { $0.bodyHTML },
        .field("staffNotes") { $0.staffNotes },
        .field("courseCount") { $0.courseCount },
        .field("required") { $0.required },
        .field("requiredCount") { $0.requiredCount },
        .field("requiredEveryone") { $0.requiredEveryone },
        .field("requiredEveryoneCount") { $0.requiredEveryoneCount },
        .field("requiredNominated") { $0.requiredNominated },
        .field("requiredNominatedCount") { $0.requiredNominatedCount },
        .field("stages") { $0.stages },
        .field("anyStage") { $0.anyStage },
        .field("anyStageCount") { $0.anyStageCount },
        .field("pathways") { $0.pathways },
        .field("contents") { $0.contents },
        .field("calendarHref") { $0.calendarHref },
        .field("subscribeHref") { $0.subscribeHref },
        .field("requiredHref") { $0.requiredHref },
        .field("anyStageHref") { $0.anyStageHref },
    ]
}

extension StageSectionView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("id") { $0.id },
        .field("count") { $0.count },
        .field("courses") { $0.courses },
        .field("allHref") { $0.allHref },
    ]
}

extension PathwaysIndexView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("count") { $0.count },
        .field("pathways") { $0.pathways },
    ]
}

extension PathwayView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("summary") { $0.summary },
        .field("bodyHTML") { $0.bodyHTML },
        .field("groups") { $0.groups },
        .field("forEveryone") { $0.forEveryone },
        .field("steps") { $0.steps },
    ]
}

extension StepView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("number") { $0.number },
        .field("title") { $0.title },
        .field("stage") { $0.stage },
        .field("summary") { $0.summary },
        .field("courses") { $0.courses },
    ]
}

extension PageView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("summary") { $0.summary },
        .field("bodyHTML") { $0.bodyHTML },
    ]
}

extension GroupListView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("group") { $0.group },
        .field("groupHref") { $0.groupHref },
        .field("title") { $0.title },
        .field("count") { $0.count },
        .field("courses") { $0.courses },
        .field("pagination") { $0.pagination },
    ]
}
