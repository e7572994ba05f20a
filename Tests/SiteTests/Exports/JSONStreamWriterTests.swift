import Catalogue
import Foundation
import JSON
@testable import Site
import Testing

/// `JSONStreamWriter` writes what `JSONValue` writes, without the tree: layout, escaping, numbers,
/// empty containers and nesting, in every style and at any depth; and `catalogue.json`'s courses,
/// written by it, read back as the values whose `JSONValue` text they are.
@Suite("JSON written as it goes")
struct JSONStreamWriterTests {
    static let awkward = "Safeguarding: \"level 2\" / back\\slash\ttab\u{1}\u{1F}é 👩🏽‍🏫 \u{2028}\u{2029}<b>&amp;\u{7F}\r\n\u{8}\u{C}"

    /// Everything `JSONValue` writes, nested: awkward strings and keys, numbers of each form, empty
    /// containers at several depths, keys that sort differently by bytes than by characters.
    static let tricky: JSONValue = [
        "text": .string(awkward), "é": "accent", "z": "last", "Z": "capital", "a_b": 1, "ab": -2, "a": .null,
        "numbers": [0, .int(Int.max), .int(Int.min), .double(1.5), .double(-0.25), .double(1e300), .double(.nan), .number(6), .number(1.25)],
        "flags": [true, false, nil],
        "empty": [:], "none": [], "nested": [[[], [:], [[:]]], ["x": ["y": ["z": [.string(awkward)]]]]],
        "strings": .strings(["", awkward, "plain"]),
    ]

    /// Writes `value` through the stream writer, members in `JSONValue`'s order (by the keys' bytes).
    static func stream(_ value: JSONValue, into out: inout JSONStreamWriter) {
        switch value {
        case .array(let items):
            out.beginArray()
            for item in items { stream(item, into: &out) }
            out.endArray()
        case .object(let members):
            out.beginObject()
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for key in keys {
                out.key(key)
                stream(members[key]!, into: &out)
            }
            out.endObject()
        case .string(let text): out.string(text)
        default: out.value(value)
        }
    }

    static let styles: [(String, JSONValue.Style)] = [("file", .file), ("script", .script), ("record", .record), ("compact", .compact)]

    @Test("what it writes is what JSONValue writes, in every style and at any depth", arguments: 0..<4)
    func sameText(style: Int) {
        let (name, style) = Self.styles[style]
        for depth in [0, 1, 2, 17] {
            for value: JSONValue in [Self.tricky, [Self.tricky, [], Self.tricky], [:], [], .string(Self.awkward), 7] {
                var out = JSONStreamWriter(style: style, depth: depth)
                Self.stream(value, into: &out)
                #expect(out.finish() == value.text(style: style, depth: depth), "\(name) at depth \(depth)")
            }
        }
    }

    @Test("members written as values, strings and string arrays come out as the same JSONValue members")
    func members() {
        var out = JSONStreamWriter(style: .file, depth: 1)
        out.beginObject()
        out.member("a", text: nil)
        out.member("b", text: Self.awkward)
        out.member("c", strings: [])
        out.member("d", strings: ["x", Self.awkward])
        out.member("e", .number(2.5))
        out.endObject()
        let value: JSONValue = ["a": nil, "b": .string(Self.awkward), "c": [], "d": .strings(["x", Self.awkward]), "e": .double(2.5)]
        #expect(out.finish() == value.text(style: .file, depth: 1))
    }

    @Test("each course's object in catalogue.json is the text JSONValue gives for the same members")
    func catalogueCourses() throws {
        let catalogue = try ExportSample.catalogue()
        let inputs = CatalogueJSON.CourseInputs(catalogue)
        #expect(catalogue.publishedCourses.count >= 5)
        for course in catalogue.publishedCourses {
            let text = CatalogueJSON.courseText(course, inputs, kept: false)
            #expect(CatalogueJSON.courseText(course, inputs, kept: true) == text)
            let read = try JSONDecoder().decode(ReadJSON.self, from: Data(text.utf8)).value
            #expect(text == read.text(style: .file, depth: 2), "\(course.slug)")
            guard case .object(let members) = read else { Issue.record("\(course.slug) is no object"); continue }
            #expect(members.count == 36)
        }
    }

    @Test("each course page's JSON-LD is the text JSONValue gives for the same members, in both editions")
    func jsonLD() throws {
        let staff = try ExportSample.catalogue()
        for catalogue in [staff, staff.partnerEdition()] {
            for course in catalogue.courses where !course.draft {
                let text = JSONLD.course(course, catalogue: catalogue, today: ExportSample.firstOfSeptember)
                let read = try JSONDecoder().decode(ReadJSON.self, from: Data(text.utf8)).value
                #expect(text == read.rendered(.script), "\(course.slug)")
            }
        }
    }
}

/// JSON read back into a `JSONValue` (booleans, whole numbers and other numbers kept apart).
struct ReadJSON: Decodable {
    let value: JSONValue

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let flag = try? single.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? single.decode(Int.self) {
            value = .int(number)
        } else if let number = try? single.decode(Double.self) {
            value = .double(number)
        } else if let text = try? single.decode(String.self) {
            value = .string(text)
        } else if let items = try? single.decode([ReadJSON].self) {
            value = .array(items.map(\.value))
        } else {
            value = .object(try single.decode([String: ReadJSON].self).mapValues(\.value))
        }
    }
}
