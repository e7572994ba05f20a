import Templates
import Testing

/// Standalone lines: a line holding only a section, inverted, closing, comment, partial, parent,
/// block or set-delimiter tag (with spaces or tabs) leaves no trace. Cases from the Mustache
/// specification (sections, inverted, comments, partials), then swift-mustache's own behaviour
/// where it departs from the specification, which the theme's output depends on.
@Suite("Templates: whitespace and standalone lines")
struct WhitespaceTests {
    @Test("specification: standalone section, inverted section and comment lines are removed", arguments: [
        ("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", "| This Is\n|\n| A Line\n"),
        ("| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n", "| This Is\n| A Line\n"),
        ("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", "|\r\n|"),
        ("  {{#boolean}}\n#{{/boolean}}\n/", "#\n/"),
        ("#{{#boolean}}\n/\n  {{/boolean}}", "#\n/\n"),
        ("Begin.\n{{! Comment Block! }}\nEnd.\n", "Begin.\nEnd.\n"),
        ("Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", "Begin.\nEnd.\n"),
        ("Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", "Begin.\nEnd.\n"),
        ("<ul>\n  {{#boolean}}\n  <li>x</li>\n  {{/boolean}}\n</ul>\n", "<ul>\n  <li>x</li>\n</ul>\n"),
    ])
    func standaloneLines(template: String, expected: String) throws {
        #expect(try render(template, ["boolean": true]) == expected)
    }

    @Test("specification: tags that share a line with text keep the line", arguments: [
        (" | {{#boolean}}\t|\t{{/boolean}} | \n", " | \t|\t | \n"),
        (" {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", " YES\n GOOD\n"),
        ("  12 {{! 34 }}\n", "  12 \n"),
        ("{{#boolean}}{{/boolean}}\n{{#boolean}}x{{/boolean}}  \nend", "\nx  \nend"),
    ])
    func inlineTags(template: String, expected: String) throws {
        #expect(try render(template, ["boolean": true]) == expected)
    }

    @Test("specification: a standalone partial is indented on every line; an inline one is not")
    func partialIndentation() throws {
        #expect(try render("\\\n {{>partial}}\n/\n", partials: ["partial": "|\n|"]) == "\\\n |\n |/\n")
        #expect(try render("  {{data}}  {{> partial}}\n", ["data": "|"], partials: ["partial": ">\n>"]) == "  |  >\n>\n")
        #expect(try render("|\n  {{> partial}}\n|\n", ["content": "<\n->"], partials: ["partial": "|\n{{{content}}}\n|\n"])
            == "|\n  |\n  <\n->\n  |\n|\n")
    }

    @Test("swift-mustache: in an indented partial, a tag that outputs nothing adds no indentation")
    func emptyNodesInIndentedPartial() throws {
        let partials = ["partial": "a\n{{empty}}{{#no}}x{{/no}}{{^yes}}y{{/yes}}b\n{{#no}}\nz\n{{/no}}c\n"]
        #expect(try render("  {{>partial}}\n", ["empty": "", "no": false, "yes": true], partials: partials) == "  a\n  b\n  c\n")
        #expect(try render("  {{>partial}}\n", ["empty": "e", "no": false, "yes": true], partials: partials) == "  a\n  eb\n  c\n")
        // Nothing after the empty tag: the line stays empty, with no indentation left on it.
        #expect(try render("  {{>last}}\n|", ["empty": ""], partials: ["last": "a\n{{empty}}"]) == "  a\n|")
        #expect(try render("  {{>last}}\n|", ["empty": "e"], partials: ["last": "a\n{{empty}}"]) == "  a\n  e|")
    }

    @Test("a list section on lines of its own repeats only its inner lines")
    func listLines() throws {
        #expect(try render("{{#list}}\n  <li>{{.}}</li>\n{{/list}}\n", ["list": ["a", "b"]]) == "  <li>a</li>\n  <li>b</li>\n")
    }

    @Test("swift-mustache: after a section, whether the next line starts fresh follows the opening tag")
    func lineStateAfterSection() throws {
        // The opening tag was standalone, so ' {{#b}}' counts as starting its line, and is standalone.
        #expect(try render("{{#a}}\nx\n{{/a}} {{#b}}\ny\n{{/b}}\n", ["a": true, "b": true]) == "x\ny\n")
        // The opening tag was inline, so the indented '{{#y}}' line is not standalone.
        #expect(try render("a{{#x}}\nb\n{{/x}}\n  {{#y}}\nc\n{{/y}}\n", ["x": true, "y": true]) == "a\nb\n  \nc\n")
    }

    @Test("swift-mustache: a tag at the very end is standalone only with nothing after it")
    func endOfTemplate() throws {
        #expect(try render("{{#a}}\n{{/a}}", ["a": true]) == "")
        #expect(try render("{{#a}}\n{{/a}}   ", ["a": true]) == "")
        #expect(try render("{{#a}}\nx\n{{/a}}\r\ny", ["a": true]) == "x\ny")
    }
}
