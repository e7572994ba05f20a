import Catalogue
import Foundation

/// The words of the search index: how text is cut into words (as search.js cuts a query), which
/// courses each word is in, and how the words are shared out into pieces.
enum SearchWords {
    /// The fields searched, in order; a word's field mask has bit `i` for field `i`. search.js
    /// weighs them (title 3, code 3, summary 2, provider 1.5, strand 1.5, format 1, body 1).
    static let fieldNames = ["title", "code", "summary", "provider", "strand", "format", "body"]
    /// Bit 7 of a posting: training every member of staff must do.
    static let mandatoryBit = 128
    /// A piece of words is split by the next letter when its postings pass this many bytes.
    static let pieceBytes = 24_000

    /// One course's words, each with its field mask (and `mandatoryBit`), in word order.
    struct CourseWords: Sendable, Equatable {
        var words: [(word: String, mask: Int)]

        static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.words.count == rhs.words.count && zip(lhs.words, rhs.words).allSatisfy { $0 == $1 }
        }
    }

    /// The words of `text` as search.js's `tokens` finds them: lower case, accents dropped, every run
    /// of characters other than a–z and 0–9 a break.
    static func tokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var words: [String] = [], current = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `tokens` of text all in ASCII, which lower case and decomposition leave ASCII: A–Z made a–z
    /// byte by byte, without Foundation's whole-string decomposition (most of the index's cost).
    private static func asciiTokens(_ text: String) -> [String] {
        var words: [String] = [], current: [UInt8] = []
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                current.append(lower)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// A course's words from its fields' text (in `fieldNames` order).
    static func fields(of texts: [String], mandatory: Bool) -> CourseWords {
        var masks: [String: Int] = [:]
        for (index, text) in texts.enumerated() {
            for word in tokens(text) { masks[word, default: mandatory ? mandatoryBit : 0] |= 1 << index }
        }
        return CourseWords(words: masks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// A word's postings as JSON (`"word":[…]`): for each course it is in, by number, the number's
    /// step from the one before times 256 plus the field mask. Small numbers, short pieces.
    struct Postings {
        var json: String
    }

    /// Every word's postings, from the courses' words in course-number order.
    static func postings(_ courses: [CourseWords]) -> [String: Postings] {
        var lists: [String: (last: Int, text: String)] = [:]
        for (number, course) in courses.enumerated() {
            for (word, mask) in course.words {
                if let index = lists.index(forKey: word) {
                    // In place: a word in most courses has a list of many kilobytes, copied for each otherwise.
                    let step = (number - lists.values[index].last) * 256 + mask
                    lists.values[index].text += "," + String(step)
                    lists.values[index].last = number
                } else {
                    lists[word] = (number, String(number * 256 + mask))
                }
            }
        }
        var postings: [String: Postings] = [:]
        for (word, list) in lists { postings[word] = Postings(json: "\"" + word + "\":[" + list.text + "]") }
        return postings
    }

    /// The pieces of words, by key, in key order, each with its words in order. A piece holds the
    /// words starting with its key (at first their first two letters); one past `pieceBytes` is split
    /// by the next letter, the words no longer than its key staying in it. search.js loads, for a
    /// typed word, every piece whose key starts with it or that it starts with.
    static func buckets(_ postings: [String: Postings]) -> [(key: String, words: [String])] {
        var result: [(key: String, words: [String])] = []
        func split(_ key: String, _ words: [String]) {
            let bytes = words.reduce(0) { $0 + postings[$1]!.json.utf8.count }
            guard bytes > pieceBytes, words.contains(where: { $0.count > key.count }) else {
                result.append((key, words))
                return
            }
            let staying = words.filter { $0.count <= key.count }
            if !staying.isEmpty { result.append((key, staying)) }
            for (longer, group) in Dictionary(grouping: words.filter { $0.count > key.count }, by: { String($0.prefix(key.count + 1)) }) {
                split(longer, group)
            }
        }
        for (key, group) in Dictionary(grouping: postings.keys, by: { String($0.prefix(2)) }) {
            split(key, group)
        }
        return result.sorted { $0.key < $1.key }.map { ($0.key, $0.words.sorted()) }
    }
}
