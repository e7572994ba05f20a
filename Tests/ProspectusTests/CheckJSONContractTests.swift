import Catalogue
import Foundation
@testable import prospectus
import TestSupport
import Testing

/// `check --format json` is a contract: its real output for the broken fixtures has every field the
/// schema shipped in docs/ requires, of the type it says, and docs/check-json.md lists exactly the
/// codes of the registry.
@Suite("check --format json keeps its documented contract")
struct CheckJSONContractTests {
    static let docs = TestPaths.repository.appendingPathComponent("docs")

    @Test("real output for the broken, warning and hostile fixtures and a broken theme matches docs/check-json.schema.json",
          arguments: ["broken", "warnings", "hostile", "hostile/_refused", "theme"])
    func matchesSchema(_ fixture: String) throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.docs.appendingPathComponent("check-json.schema.json")))
        let document = try withTemporaryFolder("check-json") { folder in
            let theme = fixture == "theme"
            let source = theme ? CodeFixtureTests.Case("template-unknown-name", "", theme: true)
                : CodeFixtureTests.Case("", in: fixture, "")
            return try CodeFixtureTests.json(of: source, in: folder)
        }
        let value = try JSONSerialization.jsonObject(with: Data(document.utf8), options: [.fragmentsAllowed])
        let problems = SchemaCheck(root: schema).problems(value, against: schema, at: "$")
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let diagnostics = try #require((value as? [String: Any])?["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
    }

    @Test("the schema check can fail: a wrong type, a missing field and an unknown field are found")
    func schemaCheckFails() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.docs.appendingPathComponent("check-json.schema.json")))
        let bad: [String: Any] = ["version": 2, "files": "3", "errors": 0, "warnings": 0, "roots": ["content": "/c", "theme": "/t"],
                                  "diagnostics": [["code": "unknown-group", "line": 0, "extra": true]]]
        let problems = SchemaCheck(root: schema).problems(bad, against: schema, at: "$")
        #expect(problems.contains { $0.hasPrefix("$.files") })
        #expect(problems.contains { $0.contains("severity") })
        #expect(problems.contains { $0.contains("extra") })
        #expect(problems.contains { $0.hasPrefix("$.diagnostics[0].line") })
    }

    @Test("docs/check-json.md lists exactly the codes of the registry, in its order, with their severity")
    func docsListEveryCode() throws {
        let text = try String(contentsOf: Self.docs.appendingPathComponent("check-json.md"), encoding: .utf8)
        let codes = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`"), cells[1] == "error" || cells[1] == "warning" else { return nil }
            return cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")) + " " + cells[1]
        }
        #expect(codes == DiagnosticCode.allCases.map { "\($0.rawValue) \($0.severity.rawValue)" })
    }

    @Test("a value's end, and columns in UTF-16 code units after an emoji (three scalars, five UTF-16 units)")
    func endsAndUTF16() throws {
        let document = try withTemporaryFolder("check-json") { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/emoji.md", """
                ---
                title: Emoji
                summary: A course.
                strand: Leadership
                groups: ["👩‍🏫 teachers", teachres]
                format: coaching
                ---

                """)
            return try Check.parse(["--content", content.path, "--theme", TestPaths.theme.path, "--format", "json"])
                .json(output: folder.path("Output").path)
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
        let groups = try #require(object["diagnostics"] as? [[String: Any]]).filter { $0["code"] as? String == "unknown-group" }
        let columns = groups.map { entry in ["line", "column", "endLine", "endColumn", "utf16Column", "utf16EndColumn"].map { entry[$0] as? Int ?? -1 } }
        #expect(columns == [[5, 10, 5, 24, 10, 26], [5, 26, 5, 34, 28, 36]])
        #expect(groups.map { $0["file"] as? String } == ["courses/emoji.md", "courses/emoji.md"])
        #expect(groups.map { $0["root"] as? String } == ["content", "content"])
    }

    @Test("codes are kebab-case and unique")
    func codeNames() {
        let names = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil })
    }
}

/// The part of JSON Schema docs/check-json.schema.json uses: `type` (one or several), `required`,
/// `properties`, `additionalProperties: false`, `items`, `enum`, `const`, `minimum`, `pattern` and
/// local `$ref`s. Returns each problem as "path: what".
struct SchemaCheck {
    var root: Any

    func problems(_ value: Any, against schema: Any, at path: String) -> [String] {
        guard let schema = schema as? [String: Any] else { return [] }
        if let reference = schema["$ref"] as? String, reference.hasPrefix("#/") {
            var target: Any? = root
            for part in reference.dropFirst(2).split(separator: "/") { target = (target as? [String: Any])?[String(part)] }
            return target.map { problems(value, against: $0, at: path) } ?? ["\(path): unresolved \(reference)"]
        }
        var found: [String] = []
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] }
        if let types, !types.contains(where: { SchemaCheck.value(value, is: $0) }) {
            return ["\(path): \(value) is not \(types.joined(separator: " or "))"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { SchemaCheck.equal($0, value) }) {
            found.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], !SchemaCheck.equal(constant, value) { found.append("\(path): \(value) is not \(constant)") }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, !(value is Bool), number < minimum {
            found.append("\(path): \(number) is below \(minimum)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           let regex = try? Regex(pattern), (try? regex.firstMatch(in: text)) == nil {
            found.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): '\(key)' is missing") }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[key] {
                    found += problems(member, against: property, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): '\(key)' is not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (index, item) in array.enumerated() { found += problems(item, against: items, at: "\(path)[\(index)]") }
        }
        return found
    }

    static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer":
            guard let number = value as? NSNumber, !SchemaCheck.value(value, is: "boolean") else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !SchemaCheck.value(value, is: "boolean")
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        default: return false
        }
    }

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if lhs is NSNull || rhs is NSNull { return lhs is NSNull && rhs is NSNull }
        if let lhs = lhs as? String, let rhs = rhs as? String { return lhs == rhs }
        if let lhs = lhs as? NSNumber, let rhs = rhs as? NSNumber { return lhs == rhs }
        return false
    }
}
