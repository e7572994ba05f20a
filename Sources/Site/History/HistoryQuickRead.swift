/// Reads a history file without `JSONDecoder` when it is in the shape builds write: every key known,
/// none twice, every value of its type. Anything else (an unknown key, a key given twice, a wrong
/// type, a missing value, invalid UTF-8 or JSON, a byte-order mark) is declined (nil), and the caller
/// decodes with `JSONDecoder`, so every damaged file's message comes from the one path that has
/// always made them, and a file read here gives the values `JSONDecoder` gives.
///
/// Why: a build reads the history while the content loads, and decoding the offer's every session
/// through `Codable` (12 MB at 20,000 courses) took a quarter of a second of a core.
enum HistoryQuickRead {
    /// The history in `bytes`, or nil when this reader is not sure it reads them as `JSONDecoder` would.
    static func history(_ bytes: [UInt8]) -> ChangeHistory? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            do {
                reader.skipSpace()
                let history = try reader.history()
                reader.skipSpace()
                return reader.index == buffer.count ? history : nil
            } catch {
                return nil
            }
        }
    }

    /// Not sure: leave it to `JSONDecoder`.
    struct Decline: Error {}

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        // MARK: The history's shape (the keys as `CodingKeys` name them)

        mutating func history() throws(Decline) -> ChangeHistory {
            var version: Int?, academicYear: String?, edition: String?, offer: OfferSnapshot?, changes: [Change]?
            try object { reader, key throws(Decline) in
                switch key {
                case "version": try setOnce(&version, reader.integer())
                case "academic_year": try setOnce(&academicYear, reader.string())
                case "edition": try setOnce(&edition, reader.string())
                case "offer": try setOnce(&offer, reader.offer())
                case "changes": try setOnce(&changes, reader.array { reader throws(Decline) in try reader.change() })
                default: throw Decline()
                }
            }
            guard let version, let academicYear, let edition, let offer, let changes else { throw Decline() }
            return ChangeHistory(version: version, academicYear: academicYear, edition: edition, offer: offer, changes: changes)
        }

        mutating func offer() throws(Decline) -> OfferSnapshot {
            var courses: [OfferSnapshot.Course]?
            try object { reader, key throws(Decline) in
                guard key == "courses" else { throw Decline() }
                try setOnce(&courses, reader.array { reader throws(Decline) in try reader.course() })
            }
            guard let courses else { throw Decline() }
            return OfferSnapshot(courses: courses)
        }

        mutating func course() throws(Decline) -> OfferSnapshot.Course {
            var slug: String?, title: String?, sessions: [OfferSnapshot.Session]?
            try object { reader, key throws(Decline) in
                switch key {
                case "slug": try setOnce(&slug, reader.string())
                case "title": try setOnce(&title, reader.string())
                case "sessions": try setOnce(&sessions, reader.array { reader throws(Decline) in try reader.session() })
                default: throw Decline()
                }
            }
            guard let slug, let title, let sessions else { throw Decline() }
            return OfferSnapshot.Course(slug: slug, title: title, sessions: sessions)
        }

        mutating func session() throws(Decline) -> OfferSnapshot.Session {
            var id: String?, firstDay: String?, start: String??, venue: String??, status: String?
            try object { reader, key throws(Decline) in
                switch key {
                case "id": try setOnce(&id, reader.string())
                case "first_day": try setOnce(&firstDay, reader.string())
                case "start": try setOnce(&start, reader.optionalString())
                case "venue": try setOnce(&venue, reader.optionalString())
                case "status": try setOnce(&status, reader.string())
                default: throw Decline()
                }
            }
            guard let id, let firstDay, let status else { throw Decline() }
            return OfferSnapshot.Session(id: id, first_day: firstDay, start: start ?? nil, venue: venue ?? nil, status: status)
        }

        mutating func change() throws(Decline) -> Change {
            var date: String?, kind: Change.Kind?, course: String?, title: String?, detail: String?, session: String??
            try object { reader, key throws(Decline) in
                switch key {
                case "date": try setOnce(&date, reader.string())
                case "kind":
                    guard let known = try Change.Kind(rawValue: reader.string()) else { throw Decline() }
                    try setOnce(&kind, known)
                case "course": try setOnce(&course, reader.string())
                case "title": try setOnce(&title, reader.string())
                case "detail": try setOnce(&detail, reader.string())
                case "session": try setOnce(&session, reader.optionalString())
                default: throw Decline()
                }
            }
            guard let date, let kind, let course, let title, let detail else { throw Decline() }
            return Change(date: date, kind: kind, course: course, title: title, detail: detail, session: session ?? nil)
        }

        // MARK: JSON

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private mutating func take(_ byte: UInt8) throws(Decline) {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { throw Decline() }
            index += 1
        }

        /// True, past it, when the next byte (after space) is `byte`.
        private mutating func takes(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// An object's members, each read by `member` from just after its key's colon.
        private mutating func object(_ member: (inout Reader, String) throws(Decline) -> Void) throws(Decline) {
            try take(UInt8(ascii: "{"))
            if takes(UInt8(ascii: "}")) { return }
            repeat {
                skipSpace()
                let key = try string()
                try take(UInt8(ascii: ":"))
                try member(&self, key)
            } while takes(UInt8(ascii: ","))
            try take(UInt8(ascii: "}"))
        }

        private mutating func array<Element>(_ element: (inout Reader) throws(Decline) -> Element) throws(Decline) -> [Element] {
            try take(UInt8(ascii: "["))
            var elements: [Element] = []
            if takes(UInt8(ascii: "]")) { return elements }
            repeat {
                elements.append(try element(&self))
            } while takes(UInt8(ascii: ","))
            try take(UInt8(ascii: "]"))
            return elements
        }

        /// A string, or nil for `null` (as `decodeIfPresent` reads an optional).
        private mutating func optionalString() throws(Decline) -> String? {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return try string() }
            guard index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
                  bytes[index + 3] == UInt8(ascii: "l") else { throw Decline() }
            index += 4
            return nil
        }

        /// A whole number written plainly: digits, a leading '-' at most, no leading zero, no
        /// fraction or exponent, within `Int`.
        private mutating func integer() throws(Decline) -> Int {
            skipSpace()
            let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let start = index
            var value = 0
            while index < bytes.count, bytes[index] &- 0x30 < 10 {
                let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[index] &- 0x30))
                guard !overflowTimes, !overflowSum else { throw Decline() }
                value = sum
                index += 1
            }
            let count = index - start
            guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { throw Decline() }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") { throw Decline() }
            return negative ? -value : value
        }

        /// A string: its escapes read, its bytes valid UTF-8, no raw control character.
        private mutating func string() throws(Decline) -> String {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Decline() }
            index += 1
            let start = index
            // The common case: no escape, read in place.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    guard let text else { throw Decline() }
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw Decline() }
                index += 1
            }
            var unescaped = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: unescaped, as: UTF8.self) else { throw Decline() }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { throw Decline() }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escape)
                    case UInt8(ascii: "b"): unescaped.append(0x08)
                    case UInt8(ascii: "f"): unescaped.append(0x0C)
                    case UInt8(ascii: "n"): unescaped.append(0x0A)
                    case UInt8(ascii: "r"): unescaped.append(0x0D)
                    case UInt8(ascii: "t"): unescaped.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            // A pair of escapes for one scalar beyond the first plane; anything else is declined.
                            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { throw Decline() }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw Decline() }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            throw Decline()
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw Decline() }
                        unescaped.append(contentsOf: String(unicode).utf8)
                    default:
                        throw Decline()
                    }
                default:
                    guard byte >= 0x20 else { throw Decline() }
                    unescaped.append(byte)
                    index += 1
                }
            }
            throw Decline()
        }

        /// Four hexadecimal digits.
        private mutating func hex4() throws(Decline) -> UInt32 {
            guard index + 4 <= bytes.count else { throw Decline() }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw Decline()
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}

/// Sets a member's value; a key given twice is declined (which of the two `JSONDecoder` keeps is
/// its own affair).
private func setOnce<Value>(_ slot: inout Value?, _ value: Value) throws(HistoryQuickRead.Decline) {
    guard slot == nil else { throw HistoryQuickRead.Decline() }
    slot = value
}
