/// A content file split into its YAML front matter and its Markdown body.
package struct FrontMatter {
    /// The YAML between the two `---` lines (empty when the file has none and none is required).
    package var yaml: String
    /// How many lines come before the first YAML line: add it to a YAML line to get the file's line.
    package var yamlLineOffset: Int
    /// The Markdown after the closing `---`.
    package var body: String
    /// How many lines come before the first body line.
    package var bodyLineOffset: Int
    /// False when the file has no front matter at all.
    package var isPresent: Bool

    /// Splits `file`. A missing front matter is an error when `required`; an unclosed one always is.
    package static func split(_ file: SourceFile, required: Bool, kind: String) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        if text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            if !required { return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: "", bodyLineOffset: 0, isPresent: false)) }
            return .failure(.error(.emptyFile,
                at: SourceLocation(file: file.path, line: 1, column: 1), "the file is empty",
                suggestion: "a \(kind) file starts with settings between two '---' lines; copy an existing \(kind) file, or run 'prospectus new \(kind) <name>'"))
        }
        // Line by line on the UTF-8 bytes: only the front matter is looked at, and the body is cut out
        // in one piece (splitting a long body into Characters was a large share of loading time).
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index { utf8[start...].firstIndex(of: 10) ?? utf8.endIndex }
        let firstEnd = lineEnd(from: utf8.startIndex)
        guard isFence(text[utf8.startIndex..<firstEnd]) else {
            if !required {
                return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: text, bodyLineOffset: 0, isPresent: false))
            }
            return .failure(.error(.noFrontMatter,
                at: file.location(line: 1, column: 1),
                "the file does not start with front matter (a line '---', the settings, then another '---')",
                suggestion: "add a first line '---' followed by 'title: …' and the other settings, then a line '---' before the text"))
        }
        guard firstEnd < utf8.endIndex else {
            return .failure(unclosed(file))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 1
        while lineStart < utf8.endIndex {
            let end = lineEnd(from: lineStart)
            lineNumber += 1
            let line = text[lineStart..<end]
            if isFence(line) || line.trimmingTrailingSpaces() == "..." {
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let body = end < utf8.endIndex ? String(text[utf8.index(after: end)...]) : ""
                return .success(FrontMatter(yaml: String(text[yamlStart..<yamlEnd]), yamlLineOffset: 1,
                                            body: body, bodyLineOffset: lineNumber, isPresent: true))
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
        }
        return .failure(unclosed(file))
    }

    private static func unclosed(_ file: SourceFile) -> Diagnostic {
        .error(.unclosedFrontMatter, at: file.location(line: 1, column: 1), "the front matter that starts on line 1 is never closed",
               suggestion: "add a line with just '---' after the last setting, before the text of the page")
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
