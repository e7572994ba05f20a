import Catalogue
import Foundation
import Testing
@testable import Site
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `feed.xml` and `sitemap.xml`: well-formed, escaped, absolute links only when the site has a URL.
@Suite("Exports: Atom feed and sitemap")
struct ExportsFeedAndSitemapTests {
    /// Collects elements, attributes and text with Foundation's XMLParser; nil when not well-formed.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String: [String]] = [:]
        private var text = ""

        static func parse(_ data: Data) -> Collector? {
            let collector = Collector()
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = true
            parser.delegate = collector
            return parser.parse() ? collector : nil
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[name, default: []].append(text)
            text = ""
        }
    }

    @Test("the feed is well-formed Atom with one entry per published course and absolute links")
    func feed() throws {
        let files = ExportSample.exports(try ExportSample.catalogue())
        let data = try #require(files[AtomFeedExport.path])
        let xml = try #require(Collector.parse(data), "feed.xml is not well-formed")
        #expect(xml.elements.first?.name == "feed")
        #expect(xml.elements.filter { $0.name == "entry" }.count == 5)
        #expect(xml.texts["title"]?.contains(ExportSample.formulaTitle) == true)
        #expect(xml.texts["title"]?.first == "CPD Offer 2026/27: Testbridge & Co Learning Trust")
        #expect(xml.texts["summary"]?.contains(ExportSample.scriptSummary) == true)
        #expect(xml.texts["id"]?.first == ExportSample.baseURL)
        #expect(xml.texts["updated"]?.first == "2027-06-16T00:00:00Z", "the latest session's first day")
        #expect(xml.texts["updated"]?.contains("2026-09-01T00:00:00Z") == true, "a course without dates: the start of the year")
        let hrefs = xml.elements.filter { $0.name == "link" }.compactMap { $0.attributes["href"] }
        #expect(hrefs.allSatisfy { $0.hasPrefix(ExportSample.baseURL) })
        #expect(hrefs.contains("https://cpd.example.org/trust/feed.xml"))
        let text = try ExportSample.text(files, AtomFeedExport.path)
        #expect(text.contains("&lt;/script&gt;") && !text.contains("</script>") && !text.contains("Secret Draft"))
    }

    @Test("without a site URL the feed has relative links and tag: ids, and there is no sitemap")
    func withoutURL() throws {
        let files = ExportSample.exports(try ExportSample.catalogue(url: nil))
        #expect(files[SitemapExport.path] == nil)
        let data = try #require(files[AtomFeedExport.path])
        let xml = try #require(Collector.parse(data))
        let hrefs = xml.elements.filter { $0.name == "link" }.compactMap { $0.attributes["href"] }
        #expect(hrefs.contains("courses/first-aid.html") && hrefs.contains("courses/index.html"))
        #expect(!hrefs.contains { $0.contains("://") })
        #expect(xml.texts["id"]?.allSatisfy { $0.hasPrefix("tag:prospectus.invalid,2026:") } == true)
        #expect(Set(xml.texts["id"] ?? []).count == 6)
    }

    @Test("the sitemap lists every page as an absolute URL, except the 404 page")
    func sitemap() throws {
        let catalogue = try ExportSample.catalogue()
        let files = ExportSample.exports(catalogue)
        let data = try #require(files[SitemapExport.path])
        let xml = try #require(Collector.parse(data), "sitemap.xml is not well-formed")
        #expect(xml.elements.first?.name == "urlset")
        let locations = xml.texts["loc"] ?? []
        let expected = SitePlan(catalogue).pages.map(\.path).filter { $0 != SitePath.notFound }.map { ExportSample.baseURL + $0 }
        #expect(locations == expected)
        #expect(locations.contains("https://cpd.example.org/trust/courses/first-aid.html"))
        #expect(!locations.contains { $0.contains("draft-course") })
    }

    @Test("XML escaping covers markup characters and drops characters XML cannot hold")
    func escaping() {
        #expect(XMLText.escape("a & b < c > d \"e\" 'f'\u{1}\u{FFFE}") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
    }
}
