import Catalogue
import Yams

/// Where each top-level setting of a YAML mapping sits in its file, found from Yams node marks, so
/// that a setting can be edited or removed as text without writing the YAML out again.
///
/// A setting's block runs from its key's line to the line before the next top-level key (or the end
/// of the YAML). Blank lines and comments at or left of the key's indentation at the end of a block
/// are left out of it: they introduce what follows.
struct YAMLLayout {
    /// The composed top-level mapping.
    let root: Node.Mapping
    /// Add to a Yams line to get the file's line (1 for front matter after `---`, 0 for site.yml).
    let lineOffset: Int
    /// The file line of the last YAML line.
    let lastLine: Int
    /// Top-level keys in the order they are written, with their file lines and columns.
    let keys: [(name: String, line: Int, column: Int)]

    /// Lays out the front matter of a content file, or the whole of site.yml when `frontMatter` is false.
    /// Nil when the YAML cannot be read or is not a block mapping (the loader reports why).
    init?(_ text: EditableText, path: String, frontMatter: Bool) {
        let yaml: String
        if frontMatter {
            guard case .success(let parts) = FrontMatter.split(SourceFile(path: path, text: text.text), required: true, kind: "file"),
                  parts.isPresent else { return nil }
            yaml = parts.yaml
            lineOffset = parts.yamlLineOffset
            lastLine = parts.bodyLineOffset - 1
        } else {
            yaml = text.text
            lineOffset = 0
            lastLine = text.lineCount
        }
        // A `{ … }` mapping keeps its keys on shared lines, so it has no blocks to edit. Yams reports
        // every composed mapping's style as `.any`, so the text says which it is.
        guard let node = try? Yams.compose(yaml: yaml, Resolver.basic), case .mapping(let mapping) = node,
              !YAMLLayout.startsFlow(node, lineOffset: lineOffset, in: text) else { return nil }
        root = mapping
        let offset = lineOffset
        keys = mapping.compactMap { pair in
            guard let name = pair.key.string, let mark = pair.key.mark else { return nil }
            return (name, mark.line + offset, mark.column)
        }.sorted { $0.line < $1.line }
    }

    /// The file line of a Yams node.
    func line(of node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }

    /// Whether a list or mapping is written in `[ ]` or `{ }`. Yams does not keep the style it read
    /// (composed nodes say `.any`), so this looks at the text where the node starts.
    func isFlow(_ node: Node, in text: EditableText) -> Bool {
        YAMLLayout.startsFlow(node, lineOffset: lineOffset, in: text)
    }

    private static func startsFlow(_ node: Node, lineOffset: Int, in text: EditableText) -> Bool {
        guard let mark = node.mark else { return false }
        let line = mark.line + lineOffset, column = mark.column
        guard line >= 1, line <= text.lineCount else { return false }
        let scalars = text.line(line).unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return false }
        return scalars[index] == "[" || scalars[index] == "{"
    }

    /// The lines of the setting `name`, or nil when the file does not have it.
    func block(of name: String, in text: EditableText) -> ClosedRange<Int>? {
        guard let position = keys.firstIndex(where: { $0.name == name }) else { return nil }
        let key = keys[position]
        var end = position + 1 < keys.count ? keys[position + 1].line - 1 : lastLine
        while end > key.line, YAMLLayout.introducesNextKey(text.line(end), keyColumn: key.column) { end -= 1 }
        return key.line...max(end, key.line)
    }

    /// A blank line, or a comment no further right than the key.
    static func introducesNextKey(_ line: String, keyColumn: Int) -> Bool {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
        let rest = line.dropFirst(indentation)
        return rest.isEmpty || (rest.hasPrefix("#") && indentation < keyColumn)
    }
}
