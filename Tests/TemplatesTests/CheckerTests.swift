import Templates
import Testing

/// The static checker: names are followed with Mustache's context-stack rules, against a schema.
@Suite("Checking templates against a schema")
struct CheckerTests {
    static let status = TemplateSchema(name: "Status", fields: [.init("label", .text), .init("tone", .text)])
    static let session = TemplateSchema(name: "Session", fields: [.init("dates", .text), .init("status", .optional(.object(status)))])
    static let page = TemplateSchema(name: "Page", fields: [
        .init("title", .text), .init("code", .optional(.text)), .init("count", .number), .init("flag", .bool),
        .init("sessions", .list(.object(session))), .init("links", .optional(.list(.object(status)))),
    ])
    static let root = TemplateType.object(TemplateSchema(name: "Root", fields: [.init("page", .object(page)), .init("site", .text)]))

    /// The problems of `template` (named `main`) rendered with `root`, with `partials` by name.
    func check(_ template: String, partials: [String: String] = [:]) throws -> [TemplateCheckError] {
        var library = TemplateLibrary()
        library["main"] = try Template(template)
        for (name, text) in partials { library[name] = try Template(text) }
        var checker = TemplateChecker(library: library)
        return checker.check(template: "main", root: Self.root)
    }

    func summaries(_ template: String, partials: [String: String] = [:]) throws -> [String] {
        try check(template, partials: partials).map(\.description)
    }

    @Test("a dotted typo is placed at the wrong key, with the fields known there")
    func dottedTypo() throws {
        let errors = try check("<h1>\n  {{page.titel}}</h1>")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.description == "main:2:10: unknown name 'page.titel': Page has no field 'titel'")
        #expect(error.lineText == "  {{page.titel}}</h1>")
        #expect(error.unknownName == "titel")
        #expect(error.knownNames == ["title", "code", "count", "flag", "sessions", "links"])
        #expect(error.checkedAs == nil)
    }

    @Test("an unknown first name lists the fields of every context around it")
    func unknownFirstName() throws {
        let errors = try check("{{#page.sessions}}{{ datez }}{{/page.sessions}}")
        #expect(errors.map(\.description) == ["main:1:22: unknown name 'datez': neither Session nor Root around it has a field 'datez'"])
        #expect(errors.first?.knownNames == ["dates", "status", "page", "site"])
    }

    @Test("names are found outwards from a section; '.', '.name' and true/false sections follow the rules")
    func validStackLookups() throws {
        #expect(try summaries("""
            {{#page}}{{title}}{{site}}{{/page}}
            {{#page.sessions}}{{dates}}{{.dates}}{{page.title}}{{site}}{{#status}}{{label}}{{dates}}{{/status}}{{status.tone}}{{/page.sessions}}
            {{#page.code}}{{.}}{{page.title}}{{/page.code}}{{#page.flag}}{{page.title}}{{/page.flag}}{{#page.count}}{{.}}{{/page.count}}
            {{#page.links}}{{label}}{{/page.links}}{{^page.links}}{{site}}{{/page.links}}{{^page.sessions}}{{site}}{{/page.sessions}}
            """) == [])
    }

    @Test("'.name' looks only in the innermost context")
    func anchoredStaysInside() throws {
        #expect(try summaries("{{#page.sessions}}{{site}}{{.site}}{{/page.sessions}}")
            == ["main:1:30: unknown name '.site': Session has no field 'site'"])
    }

    @Test("unknown names inside sections, inverted sections and transforms' arguments")
    func unknownInside() throws {
        #expect(try summaries("{{#page.flag}}{{page.flg}}{{/page.flag}}{{^page.code}}{{sitee}}{{/page.code}}{{^empty(page.sesions)}}{{/empty(page.sesions)}}") == [
            "main:1:22: unknown name 'page.flg': Page has no field 'flg'",
            "main:1:57: unknown name 'sitee': Root has no field 'sitee'",
            "main:1:92: unknown name 'empty(page.sesions)': Page has no field 'sesions'",
        ])
    }

    @Test("the inside of an unknown section is not checked (its names would all be reported too)")
    func noCascade() throws {
        #expect(try summaries("{{#page.sesions}}{{dates}}{{x}}{{/page.sesions}}").count == 1)
    }

    @Test("transforms: list positions inside lists only, and only on values they apply to")
    func transforms() throws {
        #expect(try summaries("{{#page.sessions}}{{^last()}},{{/last()}}{{index()}}{{#even(index())}}e{{/even(index())}}{{/page.sessions}}{{count(page.sessions)}}{{#first(page.sessions)}}{{dates}}{{/first(page.sessions)}}{{uppercased(page.title)}}{{plusone(page.count)}}") == [])
        #expect(try summaries("{{first()}}\n{{#page.sessions}}{{#status}}{{last()}}{{/status}}{{/page.sessions}}\n{{count(page.title)}}") == [
            "main:1:3: 'first()' reads the position in a list, but is not directly inside a list's section here, so it is always empty",
            "main:2:32: 'last()' reads the position in a list, but is not directly inside a list's section here, so it is always empty",
            "main:3:3: 'count()' does not apply to text, so 'count(page.title)' is always empty",
        ])
    }

    @Test("a list or object as a variable shows nothing, and says so")
    func listAsVariable() throws {
        #expect(try summaries("{{page.sessions}}") == [
            "main:1:3: 'page.sessions' is a list of Session, which shows nothing as '{{page.sessions}}'; go through it with '{{#page.sessions}}…{{/page.sessions}}'",
        ])
    }

    @Test("a partial is checked in the context it is included from, and its mistakes placed in it")
    func partials() throws {
        let errors = try check("{{#page.sessions}}\n{{> row}}\n{{/page.sessions}}{{> missing}}", partials: ["row": "{{dates}} {{page.title}} {{datez}}"])
        #expect(errors.map(\.description) == [
            "row:1:28: unknown name 'datez': neither Session nor Root around it has a field 'datez'",
            "main:3:23: there is no template named 'missing'",
        ])
        #expect(errors.first?.checkedAs == "main")
        #expect(errors.last?.knownNames == ["main", "row"])
    }

    @Test("a parent is checked with its overrides: each in the block it fills, placed in its own template")
    func parents() throws {
        let layout = "<title>{{page.title}}</title>{{$head}}{{sitte}}{{/head}}\n{{$main}}{{/main}}"
        let errors = try check("{{<layout}}\n{{$main}}{{#page.sessions}}{{datess}}{{/page.sessions}}{{/main}}\n{{/layout}}", partials: ["layout": layout])
        #expect(errors.map(\.description) == [
            "layout:1:41: unknown name 'sitte': Root has no field 'sitte'",
            "main:2:30: unknown name 'datess': neither Session nor Root around it has a field 'datess'",
        ])
    }

    @Test("an override of a block its parent does not have is reported at its name, with the parent's blocks; its inside is checked")
    func unknownOverride() throws {
        let errors = try check("{{<frame}}\n{{$mian}}{{page.titel}}{{/mian}}\n{{$head}}{{site}}{{/head}}\n{{/frame}}",
                               partials: ["frame": "{{$head}}{{/head}}{{#page.flag}}{{> inner}}{{/page.flag}}", "inner": "<main>{{$main}}{{/main}}</main>"])
        #expect(errors.map(\.description) == [
            "main:2:4: '{{$mian}}' overrides a block the 'frame' template does not have, so what it holds is never shown",
            "main:2:17: unknown name 'page.titel': Page has no field 'titel'",
        ])
        #expect(errors.first?.unknownName == "mian")
        #expect(errors.first?.knownNames == ["head", "main"])
    }

    @Test("a partial that includes itself is checked once per context, and the check ends")
    func recursion() throws {
        #expect(try summaries("{{> tree}}", partials: ["tree": "{{site}}{{#page}}{{> tree}}{{/page}}{{> tree}}{{nope}}"]) == [
            "tree:1:49: unknown name 'nope': neither Page nor Root around it has a field 'nope'",
            "tree:1:49: unknown name 'nope': Root has no field 'nope'",
        ])
    }

    @Test("a dynamic partial names its template with text, and every template is checked in its context")
    func dynamicPartials() throws {
        #expect(try summaries("{{#page}}{{>*title}}{{/page}}", partials: ["a": "{{title}}", "b": "{{tittle}}"])
            == ["b:1:3: unknown name 'tittle': neither Page nor Root around it has a field 'tittle'"])
        #expect(try summaries("{{>*page.count}}") == ["main:1:5: '{{>*page.count}}' names its template with 'page.count', which is number, not text"])
    }
}

/// A view declared with ``TemplateView``: its lookups and schema come from one table.
struct Card: TemplateView {
    var title: String
    var code: String?
    var tags: [String]
    var status: Badge?

    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("code") { $0.code },
        .field("tags") { $0.tags },
        .field("status") { $0.status },
    ]
}

struct Badge: TemplateView {
    var label: String
    var count: Int
    var open: Bool

    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("count") { $0.count },
        .field("open") { $0.open },
    ]
}

@Suite("Views declared once with TemplateView")
struct TemplateViewTests {
    @Test("lookups read the declared fields; other names are missing")
    func lookups() throws {
        let card = Card(title: "T", code: nil, tags: ["a", "b"], status: Badge(label: "Open", count: 2, open: true))
        #expect(try Template("{{title}}|{{code}}|{{#tags}}{{.}}{{/tags}}|{{status.label}} {{status.count}} {{status.open}}|{{nope}}").render(card)
            == "T||ab|Open 2 true|")
    }

    @Test("the schema is the same table: names in order, types from the closures' result types")
    func schema() {
        #expect(Card.templateSchema.name == "Card")
        #expect(Card.templateSchema.fields.map { "\($0.name): \($0.type)" } == [
            "title: text", "code: text, optional", "tags: list of text", "status: Badge, optional",
        ])
        #expect(Badge.templateSchema.fields.map { "\($0.name): \($0.type)" } == ["label: text", "count: number", "open: true/false"])
    }

    @Test("a template is checked against a view's schema")
    func checkedAgainstView() throws {
        var library = TemplateLibrary()
        library["card"] = try Template("{{title}}{{#status}}{{label}}{{lable}}{{/status}}")
        var checker = TemplateChecker(library: library)
        let errors = checker.check(template: "card", root: Card.templateType)
        #expect(errors.map(\.description) == ["card:1:32: unknown name 'lable': neither Badge nor Card around it has a field 'lable'"])
    }
}
