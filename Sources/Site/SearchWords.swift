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
    ///
    /// Kept as one run of bytes, each word followed by a zero byte and its mask (a mask is never
    /// zero: a word is in some field), so a course's words are one allocation, not one string each,
    /// and `postings` reads them without making strings.
    struct CourseWords: Sendable, Equatable {
        private var bytes: [UInt8]

        /// Words already in that form (`TokenList.courseWords`).
        init(encoded bytes: [UInt8]) { self.bytes = bytes }

        init(words: [(word: String, mask: Int)]) {
            bytes = []
            for (word, mask) in words {
                bytes.append(contentsOf: word.utf8)
                bytes.append(0)
                bytes.append(UInt8(mask))
            }
        }

        var words: [(word: String, mask: Int)] {
            var words: [(word: String, mask: Int)] = []
            forEach { word, mask in words.append((String(decoding: word, as: UTF8.self), mask)) }
            return words
        }

        /// Calls `body` with each word's bytes and its mask, in word order.
        func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
            bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while bytes[end] != 0 { end += 1 }
                    body(UnsafeBufferPointer(rebasing: bytes[start..<end]), Int(bytes[end + 1]))
                    start = end + 2
                }
            }
        }
    }

    /// The words of `text` as search.js's `tokens` finds them: lower case, accents dropped, every run
    /// of characters other than a–z and 0–9 a break.
    static func tokens(_ text: String) -> [String] {
        var words = TokenList()
        words.add(text, field: 0)
        return words.tokens.map { token in String(decoding: words.arena[token.range], as: UTF8.self) }
    }

    /// `tokens` by Foundation: lower case, canonical decomposition, combining accents dropped.
    /// Only for text that is not all ASCII, a stretch at a time (`TokenList.add`).
    static func unicodeTokens(_ text: String) -> [String] {
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

    /// A course's words from its fields' text (in `fieldNames` order).
    static func fields(of texts: [String], mandatory: Bool) -> CourseWords {
        var list = TokenList()
        for (index, text) in texts.enumerated() { list.add(text, field: index) }
        return list.courseWords(mandatory: mandatory)
    }

    /// A word's postings as JSON (`"word":[…]`): for each course it is in, by number, the number's
    /// step from the one before times 256 plus the field mask. Small numbers, short pieces.
    struct Postings {
        var json: String
    }

    /// Every word's postings, from the courses' words in course-number order.
    static func postings(_ courses: [CourseWords]) -> [String: Postings] {
        var table = PostingsTable()
        for (number, course) in courses.enumerated() {
            course.forEach { word, mask in table.add(word, course: number, mask: mask) }
        }
        return table.postings()
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
