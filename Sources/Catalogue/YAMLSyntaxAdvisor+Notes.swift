extension YAMLSyntaxAdvisor {
    /// A `#` after a space inside `[ … ]` or `{ … }` (`brand: { colour: #1f5c4f }`): YAML reads it and
    /// the rest of the line as a note, so the value and the closing bracket are lost, and libyaml
    /// reports the error lines later, or past the end of the file. Only a `#` with no space after it
    /// (a value, not a note) is taken for the cause.
    func noteInBrackets(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        var depth = 0
        var quote: Character?
        var previous: Character = " "
        var column = 0
        for (offset, character) in text.enumerated() {
            column = offset + 1
            defer { previous = character }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'":
                if previous == " " || previous == "[" || previous == "{" || previous == "," { quote = character }
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            case "#" where previous == " " || previous == "\t":
                // A note written as one (`# …`, with a space) is left alone: only a value is lost.
                guard depth > 0, MappingReader.lostValue(String(text.dropFirst(offset))) != nil else { return nil }
                let lost = String(text.dropFirst(offset).prefix { $0 != "," && $0 != "]" && $0 != "}" && $0 != " " })
                return Advice(code: .yamlHashInList, line: number, column: column,
                              message: "'\(lost)' starts with '#', so it is read as a note, with the rest of the line",
                              suggestion: "put the value in quotes: \"\(lost)\"")
            default: break
            }
        }
        return nil
    }
}
