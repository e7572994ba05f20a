import Catalogue
import Foundation
import JSON
@testable import Site
import TestSupport
import Testing

/// The writers that work on bytes give what the character-by-character rules give: JSON strings
/// scanned eight bytes at a time, CSV cells appended as they are when plain, files written from
/// many pieces with `writev`.
@Suite("Writers on bytes")
struct ByteWritersTests {
    /// A JSON string literal by the rules, one scalar at a time.
    static func expectedJSON(_ text: String, _ style: JSONValue.Style) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where scalar.value < 0x20, "\u{7F}" where !style.encoderLayout,
                 "<" where style.scriptSafe, ">" where style.scriptSafe, "&" where style.scriptSafe,
                 "\u{2028}" where style.scriptSafe, "\u{2029}" where style.scriptSafe:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("every byte that may be escaped is found at every position of a long string, in every style")
    func jsonEscapesEverywhere() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "<", ">", "&", "\u{2028}", "\u{2029}", "\u{2027}", "é", "€", " ", "~"]
        let styles: [JSONValue.Style] = [.file, .script, .record, .compact]
        for style in styles {
            for special in specials {
                for position in 0..<20 {
                    let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: 23 - position)
                    let string = JSONValue.string(text).text(style: style, depth: 0)
                    var bytes: [UInt8] = []
                    JSONValue.writeString(text, into: &bytes, style: style)
                    let expected = Self.expectedJSON(text, style)
                    #expect(string == expected, "\(special.debugDescription) at \(position)")
                    #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(special.debugDescription) at \(position)")
                }
            }
        }
    }

    @Test("integers are written as String writes them")
    func integers() {
        for number in [0, 1, 9, 10, 99, 100, 255, 256, 1_000_000, -1, -9, -10, -12_345, Int.max, Int.min, Int.min + 1] {
            var bytes: [UInt8] = []
            JSONValue.writeInteger(number, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(number))
        }
    }

    @Test("a row's cells, plain or not, are written as the cell rules write each one")
    func csvCells() {
        let texts = ["", "plain", "Plain text 2", "a,b", "say \"hi\"", "line\nbreak", "cr\rlf", "=1+1", "+44", "-3", "@x", " =1", "\t=1",
                     "\u{200B}@x", "＝1", "é", "ünï", "9 am", "~", "\u{7F}x", "{x}", "x;y", "'quoted'"]
        let cells = texts.map { CSVWriter.Cell.text($0) } + texts.map { CSVWriter.Cell.number($0) } + [.integer(-5), .decimal(1.5), .optional(nil)]
        for start in 0..<cells.count {
            let row = Array(cells[start...] + cells[..<start])
            #expect(CSVWriter.record(row) == row.map(CSVWriter.field).joined(separator: ",") + "\r\n")
        }
    }

    @Test("a file of many pieces, of strings or of bytes, empty ones among them, is written whole")
    func manyPieces() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            let texts = (0..<(3 * OutputFile.pieceBatch + 7)).map { number in
                number % 5 == 0 ? "" : String(repeating: "piece \(number) é; ", count: number % 40 + 1)
            }
            let big = String(repeating: "0123456789", count: 200_000)
            let files = [
                OutputFile(path: "a/strings.txt", pieces: texts + [big] + texts),
                OutputFile(path: "a/b/bytes.txt", bytePieces: (texts + [big]).map { Array($0.utf8) }),
                OutputFile(path: "one.txt", pieces: ["only"]), OutputFile(path: "none.txt", bytePieces: []),
            ]
            try writer.publish(files)
            for file in files {
                let written = try Data(contentsOf: output.appendingPathComponent(file.path))
                #expect(written == file.data, "\(file.path)")
                #expect(written.count == file.byteCount, "\(file.path)")
            }
        }
    }
}

/// Dates and times in iCalendar's compact form, written digit by digit, are what padding each part gives.
@Suite("Compact dates and times")
struct CompactDateTests {
    @Test("every part padded to its width, as pad writes it")
    func compact() {
        for year in [1, 9, 10, 99, 100, 999, 1000, 2026, 9999, 10_000, 12_345] {
            for (month, day) in [(1, 1), (2, 9), (9, 10), (10, 28), (12, 31)] {
                guard let date = LocalDate(year: year, month: month, day: day) else { continue }
                #expect(ExportFormat.compact(date) == "\(pad(year, 4))\(pad(month, 2))\(pad(day, 2))")
            }
        }
        for hour in 0..<24 {
            for minute in [0, 5, 9, 10, 30, 59] {
                guard let time = LocalTime(hour: hour, minute: minute) else { continue }
                #expect(ExportFormat.compact(time) == "\(pad(hour, 2))\(pad(minute, 2))")
            }
        }
    }
}
