import Templates
import Testing

/// `{{#name}}` and `{{^name}}` for each kind of value, as in swift-mustache 2.1.1.
@Suite("Templates: sections and inverted sections")
struct SectionTests {
    @Test("booleans: shown if true (inverted: if false); missing values count as false")
    func booleans() throws {
        #expect(try render("{{#t}}T{{/t}}{{#f}}F{{/f}}{{^t}}!T{{/t}}{{^f}}!F{{/f}}{{#missing}}M{{/missing}}{{^missing}}!M{{/missing}}",
                           ["t": true, "f": false]) == "T!F!M")
    }

    @Test("strings and numbers are shown once as the context, even \"\" and 0; inverted never")
    func stringsAndNumbers() throws {
        #expect(try render("{{#s}}[{{.}}]{{/s}}{{^s}}!s{{/s}}{{#e}}[{{.}}]{{/e}}{{^e}}!e{{/e}}{{#z}}[{{.}}]{{/z}}{{^z}}!z{{/z}}",
                           ["s": "x", "e": "", "z": 0]) == "[x][][0]")
    }

    @Test("objects are shown once as the context; lists once per element; inverted only for an empty list")
    func objectsAndLists() throws {
        let data: Fields = ["obj": .object(["a": 1]), "list": [.object(["a": 1]), .object(["a": 2])], "empty": []]
        #expect(try render("{{#obj}}[{{a}}]{{/obj}}{{^obj}}!{{/obj}}{{#list}}<{{a}}>{{/list}}{{^list}}none{{/list}}{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}",
                           data) == "[1]<1><2>none")
    }

    @Test("a boolean section keeps the context, so the list position is still there")
    func booleanSectionKeepsContext() throws {
        let data: Fields = ["t": true, "list": [.object(["inner": .object(["x": 1])])]]
        // Inside {{#inner}} (an object) there is no list position; inside {{#t}} there is.
        #expect(try render("{{#list}}{{#inner}}{{first()}}{{/inner}}{{#t}}{{first()}}{{/t}}{{/list}}", data) == "true")
    }

    @Test("nested lists: each level has its own position")
    func nestedLists() throws {
        let data: Fields = ["rows": [.object(["cells": [1, 2]]), .object(["cells": [3]])]]
        #expect(try render("{{#rows}}{{index()}}:{{#cells}}{{.}}{{^last()}},{{/last()}}{{/cells}}{{^last()}}; {{/last()}}{{/rows}}", data)
            == "0:1,2; 1:3")
    }

    @Test("a section over a dotted name")
    func dottedSection() throws {
        let data: Fields = ["page": .object(["links": [.object(["href": "a"]), .object(["href": "b"])]])]
        #expect(try render("{{#page.links}}<{{href}}>{{/page.links}}", data) == "<a><b>")
    }

    @Test("lists from Swift arrays of objects")
    func arraysOfObjects() throws {
        struct Link: TemplateObject {
            var title: String
            func value(forKey key: String) -> TemplateValue { key == "title" ? .init(title) : .missing }
        }
        let data: Fields = ["links": .init([Link(title: "A"), Link(title: "B & C")])]
        #expect(try render("{{#links}}<li>{{title}}</li>{{/links}}", data) == "<li>A</li><li>B &amp; C</li>")
    }
}
