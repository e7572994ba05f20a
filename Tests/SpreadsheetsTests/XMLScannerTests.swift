import Testing
@testable import Spreadsheets

@Suite struct XMLScannerTests {
    /// Every event as text: `<name a=v>`, `</name>`, or the text in quotes.
    private func events(_ xml: String) throws -> [String] {
        var scanner = XMLScanner(Array(xml.utf8))
        var out: [String] = []
        while let event = try scanner.next() {
            switch event {
            case .start(let tag): out.append("<" + ([tag.name] + tag.attributes.map { "\($0.name)=\($0.value)" }).joined(separator: " ") + ">")
            case .end(let name): out.append("</\(name)>")
            case .text(let text): out.append("'\(text)'")
            }
        }
        return out
    }

    @Test func tagsAttributesAndText() throws {
        #expect(try events("<?xml version=\"1.0\"?>\n<x:c r=\"A1\" t='s'><v>7</v><f/></x:c>")
            == ["'\n'", "<c r=A1 t=s>", "<v>", "'7'", "</v>", "<f>", "</f>", "</c>"])
        #expect(try events("<t xml:space = \"preserve\" >a</t >") == ["<t space=preserve>", "'a'", "</t>"])
    }

    @Test func entitiesAndCharacterReferences() throws {
        #expect(try events("<t a=\"&lt;&amp;&gt;\">&quot;&apos;&#65;&#x42;&#X43;&#x1F600;&#0;&#xD800;&nope;&amp</t>")
            == ["<t a=<&>>", "'\"'ABC😀&#0;\u{FFFD}&nope;&amp'", "</t>"])
    }

    @Test func commentsCDATAAndDeclarationsAreNotMarkup() throws {
        let xml = "\u{FEFF}<!DOCTYPE t [<!ENTITY boom \"BOOM\">]><!-- <t>no</t> --><t><![CDATA[<b>&amp;</b>]]>&boom;</t>"
        #expect(try events(xml) == ["<t>", "'<b>&amp;</b>'", "'&boom;'", "</t>"])
    }

    @Test(arguments: ["<t", "<t a=\"1>", "<t a=1>", "<t a>", "</t", "<!-- x", "<![CDATA[ x", "<? x", "<!DOCTYPE x", "<>", "<t/ >"])
    func malformedMarkupIsAnError(xml: String) {
        #expect(throws: SpreadsheetError.self) { try events(xml) }
    }
}
