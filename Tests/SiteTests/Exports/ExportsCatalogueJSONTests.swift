import Catalogue
import Foundation
import JSON
import Testing
@testable import Site

/// `catalogue.json` and `catalogue.schema.json`: parseable, versioned, deterministic, matching the
/// schema and the documentation.
@Suite("Exports: catalogue.json")
struct ExportsCatalogueJSONTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(url: String? = ExportSample.baseURL) throws -> (document: [String: Any], schema: [String: Any]) {
        let files = ExportSample.exports(try ExportSample.catalogue(url: url))
        let documentData = try #require(files[CatalogueJSON.path])
        let schemaData = try #require(files[CatalogueJSON.schemaPath])
        let document = try #require(try JSONSerialization.jsonObject(with: documentData) as? [String: Any])
        let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        return (document, schema)
    }

    @Test("parses, with the documented top-level keys, schema and version")
    func topLevel() throws {
        let (document, _) = try ExportsCatalogueJSONTests.load()
        #expect(Set(document.keys) == ["schema", "version", "generator", "site", "groups", "courses", "pathways", "pages"])
        #expect(document["version"] as? Int == 1)
        #expect(document["schema"] as? String == "https://prospectus.invalid/schema/catalogue/1")
        let site = try #require(document["site"] as? [String: Any])
        #expect(site["title"] as? String == "Testbridge & Co Learning Trust")
        #expect(site["academic_year"] as? String == "2026-27" && site["timezone"] as? String == "Europe/London")
        #expect(site["url"] as? String == ExportSample.baseURL)
        #expect((site["families"] as? [String]) == ["Teachers", "Support staff"])
        #expect((site["stages"] as? [[String: Any]])?.compactMap { $0["slug"] as? String } == ["induction", "early-career"])
        #expect((site["terms"] as? [[String: Any]])?.count == 3)
        #expect((site["strands"] as? [[String: Any]])?.compactMap { $0["title"] as? String } == ["Mandatory training", "Teaching and learning"])
        let other = try ExportsCatalogueJSONTests.load(url: nil)
        let withoutURL = try #require(other.document["site"] as? [String: Any])
        #expect(withoutURL["url"] is NSNull)
    }

    @Test("courses: published only, all fields, sessions with ISO dates, status, places and booking links")
    func courses() throws {
        let (document, _) = try ExportsCatalogueJSONTests.load()
        let courses = try #require(document["courses"] as? [[String: Any]])
        #expect(courses.compactMap { $0["slug"] as? String } == ["ect-programme", "first-aid", "self-study", "long-unicode", "formula"]
            .sorted { lhs, rhs in
                let titles = ["ect-programme": "Early Career Programme", "first-aid": "First Aid at Work", "self-study": "Self-study Module",
                              "long-unicode": ExportSample.longTitle, "formula": ExportSample.formulaTitle]
                return titles[lhs]! < titles[rhs]!
            })
        let firstAid = try #require(courses.first { $0["slug"] as? String == "first-aid" })
        #expect(firstAid["code"] as? String == "FA-201" && firstAid["page"] as? String == "courses/first-aid.html")
        #expect(firstAid["url"] as? String == "https://cpd.example.org/trust/courses/first-aid.html")
        #expect(firstAid["cpd_hours"] as? Int == 6 && firstAid["renewal_months"] as? Int == 36 && firstAid["mandatory"] as? Bool == true)
        #expect((firstAid["cost"] as? [String: Any])?["pence"] as? Int == 4500)
        #expect(firstAid["summary"] as? String == ExportSample.firstAidSummary)
        let sessions = try #require(firstAid["sessions"] as? [[String: Any]])
        #expect(sessions.count == 4)
        #expect(sessions[0]["first_day"] as? String == "2026-10-14" && sessions[0]["start"] as? String == "09:00")
        #expect(sessions[0]["places"] as? Int == 12 && sessions[0]["places_left"] as? Int == 3)
        #expect(sessions[0]["booking_url"] as? String == "https://forms.example.org/book?course=FA-201&date=2026-10-14")
        #expect(sessions[0]["calendar"] as? String == "calendars/sessions/first-aid-2026-10-14.ics")
        #expect(sessions[2]["status"] as? String == "cancelled" && sessions[2]["booking_url"] is NSNull)
        #expect(sessions[3]["start"] is NSNull && sessions[3]["status"] as? String == "tbc")
        let ect = try #require(courses.first { $0["slug"] as? String == "ect-programme" })
        #expect(ect["open_to_all"] as? Bool == true && (ect["groups"] as? [String]) == ["teachers", "teaching-assistants"])
        #expect((ect["prerequisites"] as? [String]) == ["first-aid"], "the draft prerequisite is left out")
        #expect(((ect["sessions"] as? [[String: Any]])?.first?["days"] as? [String]) == ["2026-11-04", "2026-11-18", "2026-12-02"])
        let pathways = try #require(document["pathways"] as? [[String: Any]])
        let steps = try #require(pathways.first?["steps"] as? [[String: Any]])
        #expect((steps[0]["courses"] as? [String]) == ["first-aid"])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        #expect(!text.contains("Secret Draft") && !text.contains("draft-course"))
    }

    @Test("keys are sorted and the text is the same in every build")
    func deterministic() throws {
        let catalogue = try ExportSample.catalogue()
        let first = CatalogueJSON.document(catalogue).rendered()
        #expect(first == CatalogueJSON.document(try ExportSample.catalogue()).rendered())
        #expect(first.hasSuffix("}\n"))
        let topKeys = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topKeys == topKeys.sorted())
    }

    @Test("the document satisfies its schema")
    func matchesSchema() throws {
        let (document, schema) = try ExportsCatalogueJSONTests.load()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == document["schema"] as? String)
        let problems = SchemaCheck(root: schema).problems(document, schema, at: "$")
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let withoutURL = try ExportsCatalogueJSONTests.load(url: nil)
        #expect(SchemaCheck(root: schema).problems(withoutURL.document, schema, at: "$").isEmpty)
    }

    @Test("docs/catalogue-json.md documents every field and every CSV column")
    func documented() throws {
        let docs = try String(contentsOf: ExportsCatalogueJSONTests.repository.appendingPathComponent("docs/catalogue-json.md"), encoding: .utf8)
        let (_, schema) = try ExportsCatalogueJSONTests.load()
        var names = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let properties = object["properties"] as? [String: Any] { names.formUnion(properties.keys) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] { array.forEach(collect) }
        }
        collect(schema)
        #expect(names.count > 50)
        for name in names.sorted() { #expect(docs.contains("`\(name)`"), "docs/catalogue-json.md does not mention `\(name)`") }
        for column in CoursesCSVExport.header + SessionsCSVExport.header {
            #expect(docs.contains("| \(column) |"), "docs/catalogue-json.md has no table row for the CSV column \(column)")
        }
    }

    @Test("JSON strings escape quotes, backslashes and control characters; script style escapes < > &")
    func stringEscaping() {
        let value: JSONValue = ["a": "say \"hi\"\\\n\u{1}", "b": "</script>&"]
        #expect(value.rendered(.script) == #"{"a":"say \"hi\"\\\n\u0001","b":"\u003c/script\u003e\u0026"}"#)
        #expect(JSONValue.number(1.5) == .double(1.5) && JSONValue.number(6) == .int(6))
    }

    @Test("escaping works on bytes without splitting characters: U+2028/2029 only in script style, other text whole")
    func escapingAroundMultiByteText() throws {
        let text = "é\u{2028}x\u{2029}€\u{2027}\n👩🏽‍🏫\u{7F}e\u{301}\t"
        #expect(JSONValue.string(text).rendered(.script) == #""é\u2028x\u2029€\#u{2027}\n👩🏽‍🏫\u007fe\#u{301}\t""#)
        #expect(JSONValue.string(text).rendered(JSONValue.Style(pretty: false, scriptSafe: false))
                    == #""é\#u{2028}x\#u{2029}€\#u{2027}\n👩🏽‍🏫\u007fe\#u{301}\t""#)
        // Whatever the escaping, a JSON parser reads the original text back.
        for style in [JSONValue.Style.script, .file] {
            let data = Data(JSONValue.array([.string(text)]).rendered(style).utf8)
            #expect(try JSONSerialization.jsonObject(with: data) as? [String] == [text])
        }
    }
}

/// Enough of JSON Schema 2020-12 to check the catalogue against its own schema: `$ref` into `$defs`,
/// `type`, `const`, `enum`, `properties`, `required`, `additionalProperties: false`, `items`, `anyOf`,
/// `minItems` and `pattern`.
struct SchemaCheck {
    let root: [String: Any]

    func problems(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
        var found: [String] = []
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard let definition = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unknown \(reference)"] }
            found += problems(value, definition, at: path)
        }
        if let options = schema["anyOf"] as? [[String: Any]], !options.contains(where: { problems(value, $0, at: path).isEmpty }) {
            found.append("\(path): matches none of anyOf")
        }
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
           !types.contains(where: { SchemaCheck.matches(value, type: $0) }) {
            found.append("\(path): \(value) is not \(types)")
        }
        if let constant = schema["const"], "\(constant)" != "\(value)" { found.append("\(path): not \(constant)") }
        if let options = schema["enum"] as? [String], !options.contains(where: { $0 == value as? String }) { found.append("\(path): \(value) not in enum") }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil { found.append("\(path): '\(text)' does not match \(pattern)") }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            if schema["additionalProperties"] as? Bool == false {
                for key in object.keys where properties[key] == nil { found.append("\(path): undeclared \(key)") }
            }
            for (key, member) in object {
                if let subschema = properties[key] as? [String: Any] { found += problems(member, subschema, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { found += problems(item, items, at: "\(path)[\(index)]") }
            }
        }
        return found
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "boolean": return (value as? NSNumber).map(isBool) ?? false
        case "integer": return (value as? NSNumber).map { !isBool($0) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return (value as? NSNumber).map { !isBool($0) } ?? false
        default: return false
        }
    }

    /// JSONSerialization gives `true` and `false` as NSNumber's boolean subclass.
    private static func isBool(_ number: NSNumber) -> Bool {
        ObjectIdentifier(type(of: number)) == ObjectIdentifier(type(of: NSNumber(value: true)))
    }
}
