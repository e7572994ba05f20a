/// Writes JSON text as it goes, byte for byte as `JSONValue` writes the same value in the same style
/// and at the same depth, without building the value first: for objects written many thousands of
/// times (`catalogue.json`'s courses and sessions), where the tree, its dictionaries and the sort of
/// every object's keys cost more than the text.
///
/// The caller gives an object's members in the order `JSONValue` writes them, sorted by the keys'
/// UTF-8 bytes; debug builds check it. Containers opened must be closed.
///
/// The text is gathered as UTF-8 bytes: appending to a `String` checks and updates its storage on
/// every append (whether it is unique, ASCII, large enough), which cost more than the bytes.
package struct JSONStreamWriter {
    /// The text written so far, as UTF-8.
    private var bytes: [UInt8] = []
    /// The text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }
    private let style: JSONValue.Style
    /// The depth of the value written next (that of the innermost open container's members).
    private var depth: Int
    /// For each open container: how many members or items it has so far.
    private var counts: [Int] = []
    /// True just after a key: the value follows on the same line.
    private var afterKey = false
    #if DEBUG
    /// For each open container: the last key written (nil in an array, or before the first key).
    private var lastKeys: [String?] = []
    #endif

    /// A writer whose first value sits at `depth` of a document of `style` (as `JSONValue.text(style:depth:)`).
    package init(style: JSONValue.Style = .file, depth: Int = 0, capacity: Int = 0) {
        if capacity > 0 { bytes.reserveCapacity(capacity) }
        self.style = style
        self.depth = depth
    }

    /// The text written, in storage of its own size.
    package mutating func finish() -> String {
        precondition(counts.isEmpty && !afterKey, "JSONStreamWriter: a container left open")
        return text
    }

    /// The text written, as UTF-8 bytes (no copy): for text that is written to a file as it is.
    package mutating func finishBytes() -> [UInt8] {
        precondition(counts.isEmpty && !afterKey, "JSONStreamWriter: a container left open")
        return bytes
    }

    /// Appends text already written as JSON (a separator, a bracket, a number).
    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Starts an object (as a member's value after `key`, an array's item, or the value written).
    package mutating func beginObject() { open("{") }

    /// Ends the innermost container, an object.
    package mutating func endObject() { close("{", "}") }

    /// Starts an array.
    package mutating func beginArray() { open("[") }

    /// Ends the innermost container, an array.
    package mutating func endArray() { close("[", "]") }

    /// The next member's key in the innermost object; its value is written next.
    package mutating func key(_ key: String) {
        #if DEBUG
        if let last = lastKeys[lastKeys.count - 1] {
            assert(JSONValue.bytesPrecede(last, key), "JSONStreamWriter: key \(key) after \(last), not in JSONValue's order")
        }
        lastKeys[lastKeys.count - 1] = key
        #endif
        separate()
        JSONValue.writeString(key, into: &bytes, style: style)
        append(style.pretty ? (style.encoderLayout ? " : " : ": ") : ":")
        afterKey = true
    }

    /// A value, written as `JSONValue` writes it here.
    package mutating func value(_ value: JSONValue) {
        separate()
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): JSONValue.writeInteger(number, into: &bytes)
        case .string(let text): JSONValue.writeString(text, into: &bytes, style: style)
        default:
            var text = ""
            value.write(into: &text, style: style, depth: depth)
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// A string value (without making a `JSONValue`).
    package mutating func string(_ value: String) {
        separate()
        JSONValue.writeString(value, into: &bytes, style: style)
    }

    /// A string value, or `null` without one.
    package mutating func stringOrNull(_ value: String?) {
        guard let value else { return self.value(.null) }
        string(value)
    }

    /// An array of strings.
    package mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// A member whose value is `value`.
    package mutating func member(_ name: String, _ value: JSONValue) {
        key(name)
        self.value(value)
    }

    /// A member whose value is a string, or `null`.
    package mutating func member(_ name: String, text value: String?) {
        key(name)
        stringOrNull(value)
    }

    /// A member whose value is an array of strings.
    package mutating func member(_ name: String, strings values: [String]) {
        key(name)
        strings(values)
    }

    /// Before a value or a key: the comma and line break that go before an array's item or an
    /// object's member (nothing before a member's value, or the document's value).
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let count = counts.last else { return }
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] = count + 1
        JSONValue.newline(&bytes, style, depth)
    }

    private mutating func open(_ bracket: StaticString) {
        separate()
        append(bracket)
        counts.append(0)
        depth += 1
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ open: StaticString, _ bracket: StaticString) {
        precondition(!afterKey, "JSONStreamWriter: a key without its value")
        let count = counts.removeLast()
        depth -= 1
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if count == 0 {
            // `JSONValue.emptyContainer` writes the opening bracket too: it is written already.
            bytes.removeLast()
            var empty = ""
            JSONValue.emptyContainer(open.description, bracket.description, into: &empty, style, depth)
            bytes.append(contentsOf: empty.utf8)
            return
        }
        JSONValue.newline(&bytes, style, depth)
        append(bracket)
    }
}
