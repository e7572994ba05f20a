import Catalogue
@testable import Site
import Templates
import Testing

/// The view models answer template lookups through their `TemplateView` tables (`*+Fields.swift`)
/// instead of reflection. A stored property missing from its table could not be used by templates
/// (the checker would call it unknown), so this walks real view models of every page kind and checks
/// that each stored property is reachable by its name.
@Suite("Template bindings of the view models")
struct TemplateBindingsTests {
    @Test("every stored property of every view model is reachable from templates by its name")
    func everyFieldIsBound() throws {
        let catalogue = try Fixtures.catalogue()
        let today = Today.date(Today.startOfYear)
        let listing = ViewFactory(catalogue: catalogue, today: today, page: SitePath.courses)
        let course = try #require(catalogue.publishedCourses.first { !$0.sessions.isEmpty })
        let group = try #require(catalogue.groups.first)
        let pathway = try #require(catalogue.pathways.first)
        let stage = try #require(catalogue.settings.stages.first)
        let views: [Any] = [
            listing.home(), listing.coursesIndex(), listing.courseView(course), listing.cardView(course),
            listing.groupsIndex(), listing.group(group), listing.pathwaysIndex(), listing.pathway(pathway),
            listing.stage(stage), listing.whatsOn(), listing.requiredGrid(), listing.brochure(),
            listing.page(try #require(catalogue.pages.first)),
        ]
        var unbound: Set<String> = []
        var checkedTypes: Set<String> = []
        for view in views { check(view, unbound: &unbound, checkedTypes: &checkedTypes) }
        #expect(unbound.sorted() == [])
        #expect(checkedTypes.count >= 20, "walked \(checkedTypes.sorted())")
    }

    /// Checks `value` and everything it holds, recursively.
    private func check(_ value: Any, unbound: inout Set<String>, checkedTypes: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection:
            for child in mirror.children { check(child.value, unbound: &unbound, checkedTypes: &checkedTypes) }
        case .struct:
            let typeName = String(describing: type(of: value))
            guard let object = value as? any TemplateObject else {
                unbound.insert("\(typeName) does not conform to TemplateObject")
                return
            }
            checkedTypes.insert(typeName)
            for child in mirror.children {
                guard let label = child.label else { continue }
                let isNil = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
                if object.value(forKey: label).isMissing, !isNil { unbound.insert("\(typeName).\(label)") }
                check(child.value, unbound: &unbound, checkedTypes: &checkedTypes)
            }
        default:
            break
        }
    }
}
