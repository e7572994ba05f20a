import Yams

extension Course {
    /// `mandatory: everyone` (or `true`, `yes`, `on`), `mandatory: nominated`, or `mandatory: false`
    /// (`no`, `off`, or left out): whom the training is for, or nil when it is not mandatory.
    static func readMandatory(_ reader: MappingReader) -> MandatoryAudience? {
        guard let value = reader.value("mandatory") else { return nil }
        if case .scalar(let scalar) = value {
            let text = scalar.string.trimmed().lowercased()
            switch text {
            case "true", "yes", "on": return .everyone
            case "false", "no", "off": return nil
            default: if let audience = MandatoryAudience(rawValue: text) { return audience }
            }
        }
        var text = ""
        if case .scalar(let scalar) = value { text = scalar.string.trimmed() }
        let guess = Suggestion.didYouMean(text, in: MandatoryAudience.allCases.map(\.rawValue) + ["true", "false"])
        reader.log.error(
            .unknownValue, "'mandatory' must be everyone, nominated or false, not \(MappingReader.describe(value))", at: value,
            keyPath: reader.keyPath("mandatory"), suggestion: guess.map { "\($0) " + mandatoryAdvice } ?? mandatoryAdvice)
        return nil
    }

    private static let mandatoryAdvice =
        "write mandatory: everyone (everyone in the groups must take it; true means the same), mandatory: nominated (only staff a school names, such as first aiders), or mandatory: false"
}
