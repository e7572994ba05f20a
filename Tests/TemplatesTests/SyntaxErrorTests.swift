import Templates
import Testing

/// Mistakes in templates are reported with the line and column of the tag at fault and the line's text.
@Suite("Templates: syntax errors")
struct SyntaxErrorTests {
    @Test("a section that is never closed: at its opening tag")
    func unclosedSection() throws {
        let error = try #require(syntaxError("<ul>\n  {{#page.sessions}}\n  <li>{{title}}</li>\n</ul>\n"))
        #expect(error.line == 2)
        #expect(error.column == 3)
        #expect(error.lineText == "  {{#page.sessions}}")
        #expect(error.message.contains("'{{#page.sessions}}' is never closed"))
        #expect(error.message.contains("{{/page.sessions}}"))
        #expect(error.description.hasPrefix("2:3: "))
    }

    @Test("a closing tag for another section: at its name")
    func wrongClosingTag() throws {
        let error = try #require(syntaxError("{{#a}}\n{{#b}}x{{/a}}{{/b}}\n"))
        #expect((error.line, error.column) == (2, 11))
        #expect(error.lineText == "{{#b}}x{{/a}}{{/b}}")
        #expect(error.message == "'{{/a}}' does not close '{{#b}}', opened on line 2 and not closed yet; close that first")
        let stray = try #require(syntaxError("text {{/main}}"))
        #expect((stray.line, stray.column) == (1, 9))
        #expect(stray.message.contains("never opened"))
    }

    @Test("a tag that is not closed, or a name with a character names cannot hold")
    func unfinishedTag() throws {
        let error = try #require(syntaxError("<p>\n<h1>{{page title}}</h1>\n"))
        #expect((error.line, error.column) == (2, 12))
        #expect(error.message.contains("expected '}}'"))
        let unterminated = try #require(syntaxError("<p>{{page.title</p>"))
        #expect((unterminated.line, unterminated.column) == (1, 16))
        let triple = try #require(syntaxError("{{{raw}}"))
        #expect(triple.message.contains("'}}}'"))
    }

    @Test("an unknown transform names the transforms there are")
    func unknownTransform() throws {
        let error = try #require(syntaxError("line one\n  {{#isEmpty(page.list)}}x{{/isEmpty(page.list)}}"))
        #expect((error.line, error.column) == (2, 3))
        #expect(error.message.contains("unknown transform 'isEmpty()'"))
        #expect(error.message.contains("empty()"))
        #expect(syntaxError("{{capitalized(a)}}") != nil)
        #expect(try #require(syntaxError("{{#count()}}{{/count()}}")).message.contains("needs a value"))
        #expect(syntaxError("{{first(list(x))}}") != nil)
    }

    @Test("inside a parent call only block overrides may appear")
    func parentBody() throws {
        let error = try #require(syntaxError("{{<layout}}\n{{$main}}ok{{/main}}\n{{title}}\n{{/layout}}"))
        #expect((error.line, error.column) == (3, 1))
        #expect(error.message.contains("only '{{$block}}"))
        #expect(syntaxError("{{<layout}}{{$a(b)}}{{/a(b)}}{{/layout}}") != nil)
    }

    @Test("unclosed comments, bad set-delimiter tags and unknown pragmas")
    func otherTags() throws {
        #expect(try #require(syntaxError("a\n{{! never closed\n")).line == 2)
        #expect(syntaxError("{{=<%>=}}") != nil)
        #expect(syntaxError("{{% CONTENT_TYPE: XML }}") != nil)
    }

    @Test("columns count characters, not bytes; CRLF lines are shown without the CR")
    func columns() throws {
        let error = try #require(syntaxError("é\r\nÉté {{#x}}"))
        #expect((error.line, error.column) == (2, 5))
        #expect(error.lineText == "Été {{#x}}")
    }
}
