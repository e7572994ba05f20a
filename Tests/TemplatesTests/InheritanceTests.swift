import Templates
import Testing

/// Partials (`{{> name}}`) and inheritance (`{{<parent}}` with `{{$block}}` overrides), as the theme's
/// pages use them: every page is `{{<layout}}` with `$head`, `$main` and `$breadcrumbs`.
@Suite("Templates: partials and inheritance")
struct InheritanceTests {
    let layout = "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n{{$foot}}<footer/>{{/foot}}\n"

    @Test("a page overrides some of its layout's blocks; the others keep their defaults")
    func overridesAndDefaults() throws {
        let page = "{{<layout}}\n{{$title}}My page{{/title}}\n{{$main}}\n<p>{{body}}</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, ["body": "B"], partials: ["layout": layout])
            == "<title>My page</title>\n<main>\n<p>B</p>\n\n</main>\n<footer/>\n")
        #expect(try render("{{<layout}}{{/layout}}", partials: ["layout": "[{{$a}}A{{/a}}]"]) == "[A]")
        #expect(try render("{{$a}}default a{{/a}}") == "default a")
    }

    @Test("the outermost override wins through a chain of parents")
    func outermostWins() throws {
        #expect(try render("{{<outer}}{{$a}}from page{{/a}}{{/outer}}",
                           partials: ["outer": "{{<inner}}{{$a}}from outer{{/a}}{{/inner}}", "inner": "[{{$a}}from inner{{/a}}]"])
            == "[from page]")
    }

    @Test("overrides render in the parent's context, lists and all")
    func overrideContext() throws {
        #expect(try render("{{<layout}}{{$main}}{{#list}}<li>{{.}}</li>{{/list}}{{/main}}{{/layout}}", ["list": ["a", "b"]],
                           partials: ["layout": "<ul>{{$main}}{{/main}}</ul>"]) == "<ul><li>a</li><li>b</li></ul>")
        #expect(try render("{{<layout}}{{$a}}{{x}}{{/a}}{{/layout}}", ["obj": .object(["x": "inner"]), "x": "outer"],
                           partials: ["layout": "{{#obj}}{{$a}}{{/a}}{{/obj}}"]) == "inner")
    }

    @Test("an override's first-line indentation is taken off each of its lines; a standalone block indents them")
    func blockIndentation() throws {
        let page = "{{<layout}}\n{{$main}}\n  <p>indented</p>\n    <p>more</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(page, partials: ["layout": "<main>\n  {{$main}}{{/main}}\n</main>\n"])
            == "<main>\n  <p>indented</p>\n    <p>more</p>\n\n</main>\n")
        let flat = "{{<layout}}\n{{$main}}\n<p>one</p>\n<p>two</p>\n{{/main}}\n{{/layout}}\n"
        #expect(try render(flat, partials: ["layout": "<main>\n  {{$main}}\n  {{/main}}\n</main>\n"])
            == "<main>\n  <p>one</p>\n  <p>two</p>\n</main>\n")
        #expect(try render("{{<layout}}\n  {{$a}}\n    one\n      two\n  {{/a}}\n{{/layout}}\n", partials: ["layout": "{{$a}}{{/a}}"])
            == "one\n  two\n")
    }

    @Test("partials: by name, in a folder, missing (nothing), from the context ({{>*name}})")
    func partials() throws {
        #expect(try render("[{{> p}}] [{{>missing}}] [{{>*dyn}}]", ["a": "A", "dyn": "p"], partials: ["p": "<{{a}}>"]) == "[<A>] [] [<A>]")
        #expect(try render("{{#list}}{{> partials/item}}{{/list}}", ["list": [.object(["a": 1]), .object(["a": 2])]],
                           partials: ["partials/item": "<li>{{a}}</li>\n"]) == "<li>1</li>\n<li>2</li>\n")
        #expect(try render("{{<*dyn}}{{$a}}override{{/a}}{{/*dyn}}", ["dyn": "layout"], partials: ["layout": "[{{$a}}default{{/a}}]"])
            == "[override]")
    }

    @Test("a library renders by name, and nil for an unknown name")
    func library() throws {
        let library = TemplateLibrary(["page": try Template("{{<layout}}{{$main}}{{t}}{{/main}}{{/layout}}"),
                                       "layout": try Template("<main>{{$main}}{{/main}}</main>")])
        #expect(library.render(["t": "x"] as Fields, template: "page") == "<main>x</main>")
        #expect(library.render(["t": "x"] as Fields, template: "nope") == nil)
        #expect(library.names == ["layout", "page"])
    }
}
