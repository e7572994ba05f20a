import Templates
import Testing

// Views whose fields share names at different places in their tables, so a key's field index found
// for one type would read the wrong field (or none) of another.

/// `title` is its first field, `shared` its second.
struct KeyedFirst: TemplateView {
    var title: String
    var shared: String
    var inner: KeyedSecond?

    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("shared") { $0.shared },
        .field("inner") { $0.inner },
    ]
}

/// `shared` first, `title` third; no `inner`.
struct KeyedSecond: TemplateView {
    var shared: String
    var other: String
    var title: String

    static let templateFields: TemplateFields<Self> = [
        .field("shared") { $0.shared },
        .field("other") { $0.other },
        .field("title") { $0.title },
    ]
}

/// Only a field no template below names before this table is made (see `keyNamedAfterTable`).
struct KeyedLate: TemplateView {
    var lateFieldForKeyTests: String

    static let templateFields: TemplateFields<Self> = [
        .field("lateFieldForKeyTests") { $0.lateFieldForKeyTests },
    ]
}

/// Only a field first named by a template (see `keyNamedBeforeTable`).
struct KeyedEarly: TemplateView {
    var earlyFieldForKeyTests: String

    static let templateFields: TemplateFields<Self> = [
        .field("earlyFieldForKeyTests") { $0.earlyFieldForKeyTests },
    ]
}

/// A list of views of two types, so one `{{title}}` node reads both in turn.
struct KeyedMixed: TemplateObject {
    var items: [TemplateValue]
    func value(forKey key: String) -> TemplateValue { key == "items" ? .list(items) : .missing }
}

@Suite("Templates: lookups by key number")
struct FieldKeyTests {
    @Test("one lookup node reads the right field of each view type it meets")
    func sameKeyDifferentTypes() throws {
        let first = KeyedFirst(title: "T1", shared: "S1", inner: KeyedSecond(shared: "S2", other: "O2", title: "T2"))
        let second = KeyedSecond(shared: "S3", other: "O3", title: "T3")
        let data = KeyedMixed(items: [.init(first), .init(second), .init(first)])
        #expect(try Template("{{#items}}[{{title}} {{shared}}]{{/items}}").render(data) == "[T1 S1][T3 S3][T1 S1]")
        #expect(try Template("{{title}}/{{inner.title}}/{{#inner}}{{title}} {{shared}} {{other}}{{/inner}}").render(first)
            == "T1/T2/T2 S2 O2")
    }

    @Test("a key the inner view lacks falls through to the outer one, whatever its number")
    func fallsThroughTheStack() throws {
        let first = KeyedFirst(title: "T1", shared: "S1", inner: KeyedSecond(shared: "S2", other: "O2", title: "T2"))
        // `inner` is KeyedFirst's alone: inside {{#inner}} it is found one level down the stack.
        #expect(try Template("{{#inner}}{{other}}:{{#inner}}{{title}}{{/inner}}{{/inner}}").render(first) == "O2:T2")
        // A name no view has (numbered after every table here) is missing at every level.
        #expect(try Template("{{#inner}}<{{noFieldAnywhereForKeyTests}}>{{/inner}}").render(first) == "<>")
        // A dotted name: its first key is searched down the stack, the rest only in what that found.
        #expect(try Template("{{#inner}}<{{inner.title}}>{{/inner}}").render(first) == "<T2>")
        #expect(try Template("{{#inner}}<{{inner.inner.title}}>{{/inner}}").render(first) == "<>")
        // A leading dot: the current view only, even though the outer one has the field.
        #expect(try Template("{{#inner}}<{{.inner}}>{{/inner}}").render(first) == "<>")
    }

    @Test("views and hand-written objects on one stack: each answers in its own way")
    func handWrittenObjects() throws {
        let view = KeyedSecond(shared: "S", other: "O", title: "T")
        let data: Fields = ["view": .init(view), "outerOnly": "X", "title": "outer"]
        #expect(try render("{{#view}}{{title}} {{outerOnly}} {{other}}{{/view}} {{title}}", data) == "T X O outer")
    }

    @Test("a key first named by a template, then a view's table made with that name")
    func keyNamedBeforeTable() throws {
        let template = try Template("{{earlyFieldForKeyTests}}")
        #expect(template.render(KeyedEarly(earlyFieldForKeyTests: "E")) == "E")
    }

    @Test("a view's table made first, then a template naming its field")
    func keyNamedAfterTable() throws {
        #expect(KeyedLate.templateFields.names == ["lateFieldForKeyTests"])
        #expect(try Template("{{lateFieldForKeyTests}}").render(KeyedLate(lateFieldForKeyTests: "L")) == "L")
    }

    @Test("a dynamic partial's name is looked up by key too")
    func dynamicPartial() throws {
        var library = TemplateLibrary()
        library["a"] = try Template("A:{{title}}")
        library["b"] = try Template("B:{{shared}}")
        let first = KeyedFirst(title: "T1", shared: "S1", inner: nil)
        let template = try Template("{{>*title}}|{{>*shared}}|{{#inner}}{{>*title}}{{/inner}}")
        var libraryWithNames = library
        libraryWithNames["T1"] = try Template("[{{title}}]")
        libraryWithNames["S1"] = try Template("({{shared}})")
        #expect(template.render(first, library: libraryWithNames) == "[T1]|(S1)|")
        let second = KeyedSecond(shared: "b", other: "", title: "a")
        #expect(try Template("{{>*title}} {{>*shared}}").render(second, library: library) == "A:a B:b")
    }

    @Test("by name and by key, a view finds the same fields")
    func byNameAndByKey() {
        let view = KeyedSecond(shared: "S", other: "O", title: "T")
        for name in ["shared", "other", "title", "inner", "nothing", ""] {
            let byName = view.value(forKey: name), byKey = view.value(for: TemplateKey(name))
            #expect(String(describing: byName) == String(describing: byKey), "\(name)")
        }
    }
}
