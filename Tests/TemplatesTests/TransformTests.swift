import Templates
import Testing

/// The transforms swift-mustache 2.1.1 offers (those the theme uses and their neighbours).
@Suite("Templates: transforms")
struct TransformTests {
    @Test("first(), last(), index(), even(), odd() read the position in the list being iterated")
    func listPosition() throws {
        #expect(try render("{{#list}}{{first()}}{{last()}}{{index()}}{{even()}}{{odd()}} {{/list}}", ["list": ["x", "y", "z"]])
            == "truefalse0truefalse falsefalse1falsetrue falsetrue2truefalse ")
        #expect(try render("{{#list}}{{#first()}}{{.}}{{/first()}}{{^first()}}, {{.}}{{/first()}}{{/list}}", ["list": ["a", "b", "c"]])
            == "a, b, c")
        #expect(try render("{{#list}}{{.}}{{^last()}}, {{/last()}}{{/list}}", ["list": ["one"]]) == "one")
    }

    @Test("outside a list, or inside an object section within it, there is no position")
    func noPosition() throws {
        #expect(try render("[{{first()}}][{{#first()}}x{{/first()}}][{{^first()}}y{{/first()}}]") == "[][][y]")
        #expect(try render("{{^empty}}[{{first()}}]{{/empty}}", ["empty": []]) == "[]")
    }

    @Test("of a list: empty, count, first, last, reversed")
    func lists() throws {
        #expect(try render("{{empty(list)}} {{empty(none)}} {{count(list)}} {{count(none)}} {{#first(list)}}{{.}}{{/first(list)}} {{last(list)}} {{#reversed(list)}}{{.}}{{/reversed(list)}} {{first(none)}}.",
                           ["list": ["a", "b", "c"], "none": []]) == "false true 3 0 a c cba .")
        #expect(try render("{{#empty(list)}}none{{/empty(list)}}{{^empty(list)}}some{{/empty(list)}}", ["list": []]) == "none")
        #expect(try render("{{#reversed(list)}}{{.}}{{index()}}{{/reversed(list)}}", ["list": ["a", "b"]]) == "b0a1")
    }

    @Test("of a string: empty, uppercased, lowercased, reversed; count does not apply")
    func strings() throws {
        #expect(try render("{{empty(s)}} {{empty(e)}} {{uppercased(s)}} {{lowercased(s)}} {{reversed(s)}} {{count(s)}}.", ["s": "Ab<c", "e": ""])
            == "false true AB&lt;C ab&lt;c c&lt;bA .")
    }

    @Test("a library says whether any of its templates may reverse a text, wherever the call is")
    func mayReverseText() throws {
        func library(_ templates: [String: String]) throws -> TemplateLibrary {
            var library = TemplateLibrary()
            for (name, text) in templates { library[name] = try Template(text) }
            return library
        }
        #expect(try !library(["a": "{{uppercased(s)}} {{#list}}{{first()}}{{/list}}", "b": "{{> a}}"]).mayReverseText)
        #expect(try library(["a": "{{title}}", "b": "{{#x}}{{^y}}{{reversed(s)}}{{/y}}{{/x}}"]).mayReverseText)
        #expect(try library(["a": "{{#reversed(list)}}{{.}}{{/reversed(list)}}"]).mayReverseText)
        #expect(try library(["p": "{{$b}}{{/b}}", "a": "{{<p}}{{$b}}{{empty(reversed(s))}}{{/b}}{{/p}}"]).mayReverseText)
    }

    @Test("of an integer: even, odd, plusone, minusone, equalzero; transforms nest")
    func integers() throws {
        #expect(try render("{{even(n)}} {{odd(n)}} {{plusone(n)}} {{minusone(n)}} {{equalzero(n)}} {{equalzero(z)}}", ["n": 3, "z": 0])
            == "false true 4 2 false true")
        #expect(try render("{{#list}}{{even(index())}}{{plusone(index())}} {{/list}}", ["list": [1, 2, 3]]) == "true1 false2 true3 ")
        #expect(try render("{{plusone(count(list))}}", ["list": [1, 2]]) == "3")
    }

    @Test("a transform of a missing value is missing, so an inverted section shows")
    func missing() throws {
        #expect(try render("{{^empty(missing)}}shown{{/empty(missing)}}{{#empty(missing)}}hidden{{/empty(missing)}}") == "shown")
        #expect(try render("[{{empty(t)}}]", ["t": true]) == "[]")
    }
}
