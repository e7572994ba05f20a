extension JSONValue {
    /// The value a `Codable` type encodes to, so that types which are also read back (the history,
    /// `changes.json`) are written by the same writer as every other JSON file. Like `JSONEncoder`,
    /// a `nil` optional property is left out (`encodeIfPresent`).
    package init<Value: Encodable>(encoding value: Value) throws {
        let encoder = ValueEncoder(codingPath: [])
        try value.encode(to: encoder)
        self = encoder.box.value ?? .object([:])
    }
}

/// Where an encoder, or one of its containers, puts what it is given.
private final class ValueBox {
    enum Content {
        case none, single(JSONValue), object([String: ValueBox]), array([ValueBox])
    }

    var content = Content.none

    var value: JSONValue? {
        switch content {
        case .none: return nil
        case .single(let value): return value
        case .object(let members): return .object(members.compactMapValues(\.value))
        case .array(let items): return .array(items.map { $0.value ?? .null })
        }
    }

    func member(_ key: String) -> ValueBox {
        var members: [String: ValueBox] = [:]
        if case .object(let existing) = content { members = existing }
        content = .none   // the only reference left is `members`: added to in place, not copied
        let box = members[key] ?? ValueBox()
        members[key] = box
        content = .object(members)
        return box
    }

    func appended() -> ValueBox {
        var items: [ValueBox] = []
        if case .array(let existing) = content { items = existing }
        content = .none   // the only reference left is `items`: appended to in place, not copied (n² for a long array)
        let box = ValueBox()
        items.append(box)
        content = .array(items)
        return box
    }

    var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }
}

private struct ValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var box = ValueBox()

    init(codingPath: [any CodingKey], box: ValueBox = ValueBox()) {
        self.codingPath = codingPath
        self.box = box
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.content {} else { box.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer(codingPath: codingPath, box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.content {} else { box.content = .array([]) }
        return UnkeyedContainer(codingPath: codingPath, box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(codingPath: codingPath, box: box) }
}

/// Scalars as `JSONValue`s; anything else is encoded by its own `encode(to:)`.
private func encoded<Value: Encodable>(_ value: Value, into box: ValueBox, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: box.content = .single(.string(text))
    case let flag as Bool: box.content = .single(.bool(flag))
    case let number as Int: box.content = .single(.int(number))
    case let number as Double: box.content = .single(.double(number))
    case let number as any FixedWidthInteger: box.content = .single(.int(Int(number)))
    default: try value.encode(to: ValueEncoder(codingPath: codingPath, box: box))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let codingPath: [any CodingKey]
    let box: ValueBox

    mutating func encodeNil(forKey key: Key) throws { box.member(key.stringValue).content = .single(.null) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try encoded(value, into: box.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(codingPath: codingPath + [key], box: box.member(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        ValueEncoder(codingPath: codingPath + [key], box: box.member(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(codingPath: codingPath, box: box.member("super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(codingPath: codingPath + [key], box: box.member(key.stringValue))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let codingPath: [any CodingKey]
    let box: ValueBox
    var count: Int { box.count }

    mutating func encodeNil() throws { box.appended().content = .single(.null) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try encoded(value, into: box.appended(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(codingPath: codingPath, box: box.appended()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        ValueEncoder(codingPath: codingPath, box: box.appended()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(codingPath: codingPath, box: box.appended()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    let box: ValueBox

    mutating func encodeNil() throws { box.content = .single(.null) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try encoded(value, into: box, codingPath: codingPath)
    }

    mutating func encode(_ value: Bool) throws { box.content = .single(.bool(value)) }
    mutating func encode(_ value: String) throws { box.content = .single(.string(value)) }
    mutating func encode(_ value: Double) throws { box.content = .single(.double(value)) }
    mutating func encode(_ value: Float) throws { box.content = .single(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { box.content = .single(.int(value)) }
    mutating func encode(_ value: Int8) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { box.content = .single(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { box.content = .single(.int(Int(value))) }
}
