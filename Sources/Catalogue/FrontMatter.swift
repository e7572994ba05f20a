/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    /// The YAML between the two `---` lines (empty when the file has none and none is required).
    var yaml: String
    /// How many lines come before the first YAML line: add it to a YAML line to get the file's line.
    var yamlLineOffset: Int
    /// The Markdown after the closing `---`.
    var body: String
    /// How many lines come before the first body line.
    var bodyLineOffset: Int
    /// False when the file has no front matter at all.
    var isPresent: Bool

    /// Splits `file`. A missing front matter is an error when `required`; an unclosed one always is.
    static func split(_ file: SourceFile, required: Bool, kind: String) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        if text.allSatisfy(\.isWhitespace) {
            if !required { return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: "", bodyLineOffset: 0, isPresent: false)) }
            return .failure(.error(
                at: SourceLocation(file: file.path, line: 1, column: 1), "the file is empty",
                suggestion: "a \(kind) file starts with settings between two '---' lines; copy an existing \(kind) file, or run 'prospectus new \(kind) <name>'"))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else {
            if !required {
                return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: text, bodyLineOffset: 0, isPresent: false))
            }
            return .failure(.error(
                at: file.location(line: 1, column: 1),
                "the file does not start with front matter (a line '---', the settings, then another '---')",
                suggestion: "add a first line '---' followed by 'title: …' and the other settings, then a line '---' before the text"))
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            if isFence(line) || line.trimmingTrailingSpaces() == "..." {
                let body = lines.joined(separator: "\n")
                return .success(FrontMatter(
                    yaml: yamlLines.joined(separator: "\n"), yamlLineOffset: 1,
                    body: body, bodyLineOffset: lineNumber, isPresent: true))
            }
            yamlLines.append(line)
        }
        return .failure(.error(
            at: file.location(line: 1, column: 1),
            "the front matter that starts on line 1 is never closed",
            suggestion: "add a line with just '---' after the last setting, before the text of the page"))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces() == "---"
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
