import Templates
import Testing

/// `{{name}}`, `{{{name}}}`, `{{& name}}` and how names are found. Every expected output here is
/// what swift-mustache 2.1.1 gives for the same template and data.
@Suite("Templates: variables and names")
struct InterpolationTests {
    @Test("{{name}} escapes & < > \" ' exactly as swift-mustache; {{{name}}} and {{& name}} do not")
    func escaping() throws {
        let data: Fields = ["name": "<b>Tom & \"Jerry\" 'n'</b>"]
        #expect(try render("Hello, {{name}}! {{{name}}} {{& name}} {{ name }}", data)
            == "Hello, &lt;b&gt;Tom &amp; &quot;Jerry&quot; &#39;n&#39;&lt;/b&gt;! <b>Tom & \"Jerry\" 'n'</b> <b>Tom & \"Jerry\" 'n'</b> &lt;b&gt;Tom &amp; &quot;Jerry&quot; &#39;n&#39;&lt;/b&gt;")
    }

    @Test("text with nothing to escape, and non-ASCII text, come out unchanged")
    func unchangedText() throws {
        let long = String(repeating: "Professional development – été 🎓 ", count: 40)
        #expect(try render("{{a}}", ["a": .string(long)]) == long)
        #expect(try render("{{a}}", ["a": "é<ß>&"]) == "é&lt;ß&gt;&amp;")
        #expect(try render("{{a}}", ["a": ""]) == "")
        #expect(try render("{{a}}", ["a": "&&"]) == "&amp;&amp;")
    }

    @Test("numbers in decimal, booleans as true/false, a missing value as nothing")
    func scalars() throws {
        #expect(try render("{{n}} {{z}} {{t}} {{f}} [{{missing}}]", ["n": 42, "z": 0, "t": true, "f": false]) == "42 0 true false []")
        #expect(try render("{{n}}", ["n": -7]) == "-7")
    }

    @Test("lists and objects show nothing (swift-mustache printed Swift's description of them)")
    func compoundValues() throws {
        #expect(try render("[{{list}}][{{obj}}]", ["list": ["a"], "obj": .object(["a": 1])]) == "[][]")
    }

    @Test("dotted names; empty pieces between dots are ignored")
    func dottedNames() throws {
        let data: Fields = ["page": .object(["title": "T", "link": .object(["href": "a.html"])])]
        #expect(try render("{{page.title}} {{page.link.href}} [{{page.missing.x}}] {{page..title}}", data) == "T a.html [] T")
    }

    @Test("a name is searched from the innermost section outwards; a leading dot stays in the current one")
    func contextStack() throws {
        let data: Fields = ["site": "S", "page": .object(["title": "T"])]
        #expect(try render("{{#page}}{{title}}/{{site}}/{{.title}}/{{.site}}{{/page}}", data) == "T/S/T/")
    }

    @Test("only the first piece of a dotted name climbs the stack")
    func dottedNamesDoNotClimbTwice() throws {
        let data: Fields = ["a": .object(["b": "outer"]), "inner": .object(["a": .object(["c": 1])])]
        #expect(try render("{{#inner}}{{a.b}}{{/inner}}", data) == "")
    }

    @Test("a missing value (a nil optional) lets the search go on to outer sections")
    func missingValuesClimb() throws {
        let optional: String? = nil
        let data: Fields = ["href": "outer.html", "link": .object(["href": .init(optional), "title": "T"])]
        #expect(try render("{{#link}}{{title}} {{href}}{{/link}}", data) == "T outer.html")
    }

    @Test("{{.}} is the current value")
    func currentValue() throws {
        #expect(try render("{{#list}}{{.}},{{/list}}", ["list": ["x", "y"]]) == "x,y,")
        #expect(try render("{{#list}}{{.}},{{/list}}", ["list": [1, 2]]) == "1,2,")
    }

    @Test("optionals and arrays convert with .init: nil is missing, an array is a list")
    func conversions() {
        let none: Int? = nil
        #expect(TemplateValue(none).isMissing)
        if case .int(3) = TemplateValue(Int?.some(3)) {} else { Issue.record("Int? 3 is not .int(3)") }
        if case .list(let list) = TemplateValue(["a", "b"]) { #expect(list.count == 2) } else { Issue.record("not a list") }
        if case .string("x") = TemplateValue("x") {} else { Issue.record("not a string") }
    }

    @Test("{{% CONTENT_TYPE: TEXT }} stops escaping for the rest of the section; partials escape again")
    func contentType() throws {
        #expect(try render("{{a}} {{% CONTENT_TYPE: TEXT }}{{a}} {{#t}}{{a}}{{/t}}", ["a": "<", "t": true]) == "&lt; < <")
        #expect(try render("{{#t}}{{% CONTENT_TYPE: TEXT }}{{a}}{{/t}}{{a}}", ["a": "<", "t": true]) == "<&lt;")
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{a}}{{> p}}", ["a": "<"], partials: ["p": "{{a}}"]) == "<&lt;")
    }

    @Test("set delimiters")
    func setDelimiters() throws {
        #expect(try render("{{=<% %>=}}<% a %> {{a}} <%={{ }}=%>{{a}}", ["a": "x"]) == "x {{a}} x")
        #expect(try render("=\n  {{=<% %>=}}\n<%x%>\n", ["x": "X"]) == "=\nX\n")
    }

    @Test("comments show nothing, over several lines too")
    func comments() throws {
        #expect(try render("a{{! a comment }}b{{!\nmulti\nline\n}}c") == "abc")
    }

    @Test("a template renders the same from many threads at once")
    func concurrentRendering() async throws {
        let template = try Template("{{#list}}<li>{{.}}</li>{{/list}}")
        let data: Fields = ["list": .init((0..<50).map { "item \($0) & more" })]
        let expected = template.render(data)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { template.render(data) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
