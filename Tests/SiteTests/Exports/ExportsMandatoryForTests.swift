import Catalogue
import Foundation
import Testing
@testable import Site

/// Whom mandatory training is for, in `catalogue.json` (`mandatory_for`) and `courses.csv` (Mandatory
/// for): `everyone` or `nominated`, none when not mandatory; the `mandatory` boolean is unchanged.
@Suite("Exports: whom mandatory training is for")
struct ExportsMandatoryForTests {
    /// The export sample with first aid written `mandatory: nominated` (or as it is, `true`).
    static func exports(nominated: Bool) throws -> [String: Data] {
        var files = ExportSample.files(url: ExportSample.baseURL)
        let path = try #require(files.first { $0.value.contains("title: First Aid at Work") }?.key)
        if nominated {
            #expect(files[path]!.contains("mandatory: true\n"))
            files[path] = files[path]!.replacingOccurrences(of: "mandatory: true\n", with: "mandatory: nominated\n")
        }
        return ExportSample.exports(try ExportSample.load(files))
    }

    static func jsonCourses(_ files: [String: Data]) throws -> [String: [String: Any]] {
        let data = try #require(files[CatalogueJSON.path])
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let courses = try #require(document["courses"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: courses.map { ($0["slug"] as? String ?? "", $0) })
    }

    static func csvRows(_ files: [String: Data]) throws -> [String: [String: String]] {
        let data = try #require(files[CoursesCSVExport.path])
        let text = try #require(String(validating: Array(data.dropFirst(3)), as: UTF8.self))
        let records = ExportsCSVTests.parse(text)
        #expect(records[0].last == "Mandatory for", "the new column comes last, so existing columns keep their places")
        return Dictionary(uniqueKeysWithValues: records.dropFirst().map { row in
            let fields = Dictionary(uniqueKeysWithValues: zip(records[0], row))
            return (fields["Slug"] ?? "", fields)
        })
    }

    @Test("catalogue.json: mandatory stays a boolean; mandatory_for says everyone, nominated or null")
    func json() throws {
        let everyone = try Self.jsonCourses(try Self.exports(nominated: false))
        #expect(everyone["first-aid"]?["mandatory"] as? Bool == true && everyone["first-aid"]?["mandatory_for"] as? String == "everyone")
        #expect(everyone["self-study"]?["mandatory"] as? Bool == false && everyone["self-study"]?["mandatory_for"] is NSNull)
        let nominated = try Self.jsonCourses(try Self.exports(nominated: true))
        #expect(nominated["first-aid"]?["mandatory"] as? Bool == true && nominated["first-aid"]?["mandatory_for"] as? String == "nominated")
    }

    @Test("catalogue.schema.json describes mandatory_for as everyone, nominated or null")
    func schema() throws {
        let files = try Self.exports(nominated: true)
        let data = try #require(files[CatalogueJSON.schemaPath])
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let course = try #require((schema["$defs"] as? [String: Any])?["course"] as? [String: Any])
        let field = try #require((course["properties"] as? [String: Any])?["mandatory_for"] as? [String: Any])
        let values = try #require(field["enum"] as? [Any])
        #expect(values.compactMap { $0 as? String } == ["everyone", "nominated"] && values.contains { $0 is NSNull })
        #expect((course["required"] as? [String])?.contains("mandatory_for") == true)
    }

    @Test("courses.csv: Mandatory stays Yes or No; Mandatory for says everyone, nominated or nothing")
    func csv() throws {
        let everyone = try Self.csvRows(try Self.exports(nominated: false))
        #expect(everyone["first-aid"]?["Mandatory"] == "Yes" && everyone["first-aid"]?["Mandatory for"] == "everyone")
        #expect(everyone["self-study"]?["Mandatory"] == "No" && everyone["self-study"]?["Mandatory for"] == "")
        let nominated = try Self.csvRows(try Self.exports(nominated: true))
        #expect(nominated["first-aid"]?["Mandatory"] == "Yes" && nominated["first-aid"]?["Mandatory for"] == "nominated")
    }
}
