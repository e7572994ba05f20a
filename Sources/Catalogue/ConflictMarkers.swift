/// The marks git leaves in a file when a merge could not join two changes to the same lines:
///
///     <<<<<<< HEAD
///     (this side's lines)
///     =======
///     (the other side's lines)
///     >>>>>>> their-branch
///
/// Found in any content file before it is read (a YAML or JSON error about the marks would send the
/// editor after the wrong fix), and reported at the first mark with how to resolve the conflict.
public struct ConflictMarkers: Sendable {
    /// 1-based lines of the first `<<<<<<<` (or, when an editor deleted it, the first `>>>>>>>`), and of
    /// the `=======` and `>>>>>>>` after it, when there are.
    public var start: Int
    public var middle: Int?
    public var end: Int?
    /// The first mark's line, as written (`<<<<<<< HEAD`).
    public var text: String

    /// The conflict marks in `text`, or nil. `=======` alone is not one (a Markdown heading can be
    /// underlined with it): only after a `<<<<<<<` line.
    public init?(in text: String) {
        // Every mark starts with seven '<' or '>' bytes in a row: a file without them (nearly every
        // file) is passed without splitting it into lines of Characters, a large share of loading.
        guard Self.mayHoldMarks(text) else { return nil }
        var found: ConflictMarkers?
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if found == nil {
                if Self.isMark(line, "<") || Self.isMark(line, ">") {
                    found = ConflictMarkers(start: number, text: String(line))
                    if Self.isMark(line, ">") { break }
                }
            } else if found?.middle == nil, line.allSatisfy({ $0 == "=" }), line.count == 7 {
                found?.middle = number
            } else if Self.isMark(line, ">") {
                found?.end = number
                break
            }
        }
        guard let found else { return nil }
        self = found
    }

    private init(start: Int, text: String) {
        self.start = start
        self.text = text
    }

    /// Whether `text` has seven '<' or seven '>' in a row somewhere (a byte scan, no line split).
    private static func mayHoldMarks(_ text: String) -> Bool {
        guard text.utf8.containsByte(UInt8(ascii: "<")) || text.utf8.containsByte(UInt8(ascii: ">")) else { return false }
        var run = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                run = byte == previous ? run + 1 : 1
                if run == 7 { return true }
            } else {
                run = 0
            }
            previous = byte
        }
        return false
    }

    /// `<<<<<<<` or `>>>>>>>` alone, or followed by a space and a name.
    private static func isMark(_ line: Substring, _ character: Character) -> Bool {
        let mark = String(repeating: character, count: 7)
        return line == mark || line.hasPrefix(mark + " ")
    }

    /// Where the other marks are, for the message: `; '=======' at line 9 and '>>>>>>>' at line 12`.
    private var others: String {
        switch (middle, end) {
        case let (middle?, end?): "; '=======' at line \(middle) and '>>>>>>>' at line \(end)"
        case let (middle?, nil): "; '=======' at line \(middle)"
        case let (nil, end?): "; '>>>>>>>' at line \(end)"
        case (nil, nil): ""
        }
    }

    /// The error at the first mark of `file` (as messages name it), with `resolve`: how to mend it.
    public func diagnostic(file: String, resolve: String) -> Diagnostic {
        .error(.conflictMarkers, at: SourceLocation(file: file, line: start, column: 1, lineText: text),
               "this file is in the middle of a git merge: '\(text)' is a mark git leaves where two changes to the same lines "
                   + "could not be joined\(others)",
               suggestion: resolve)
    }

    /// How to mend a content file: keep one side.
    public static func keepOneSide(_ file: String) -> String {
        "keep one side: delete the lines you do not want, from '<<<<<<<' to '=======' or from '=======' to '>>>>>>>', and the "
            + "three mark lines, then save; or take one side's whole file (git checkout --ours -- \(file), or --theirs); "
            + "then git add \(file) and finish the merge (git commit)"
    }
}
