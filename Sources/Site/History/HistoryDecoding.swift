import Catalogue
import Foundation

extension ChangeHistory {
    /// Reads a history file's bytes (or the old layout's `changes.json`), or says exactly where and how
    /// it is damaged: invalid JSON at its line and column, a missing or wrong value at the line and
    /// column of the value (or of the object that lacks it), with its key path.
    static func decode<Value: Decodable>(_ type: Value.Type, _ bytes: [UInt8], file: String) -> Result<Value, Diagnostic> {
        let failure: any Error
        do {
            return .success(try JSONDecoder().decode(Value.self, from: Data(bytes)))
        } catch {
            failure = error
        }
        // A merge left its marks: say so, not that the JSON is invalid (restoring it would fail mid-merge).
        if let conflict = ConflictMarkers(in: String(decoding: bytes, as: UTF8.self)) {
            return .failure(conflict.diagnostic(file: file, resolve: "for a history of changes, take one side's whole file: "
                + "the newer one (git checkout --theirs -- \(file), or --ours), then git add \(file) and finish the merge; "
                + "or keep both sides' entries under \"changes\" and the newer \"offer\", and delete the three mark lines. "
                + "Either way the next build finds again any change the file you kept has not seen"))
        }
        // Only a file that failed is outlined, to find where.
        let outline: JSONOutline
        do {
            outline = try JSONOutline.parse(bytes)
        } catch {
            return .failure(damaged(.historyInvalidJSON, file, line: error.line, column: error.column, lineText: text(ofLine: error.line, in: bytes), keyPath: "",
                                    "the file is not valid JSON: \(error.message)"))
        }
        guard let failure = failure as? DecodingError else {
            return .failure(damaged(.historyDamaged, file, keyPath: "", "the file cannot be read as a history of changes: \(failure)"))
        }
        let (path, message) = describe(failure)
        let place = outline.nearest(path)
        return .failure(damaged(.historyDamaged, file, line: place.line, column: place.column, lineText: text(ofLine: place.line, in: bytes),
                                keyPath: keyPath(path), message))
    }

    /// The error for a history that cannot be used, and what to do about it.
    static func damaged(_ code: DiagnosticCode, _ file: String, line: Int = 0, column: Int = 0, lineText: String? = nil, keyPath: String,
                        _ message: String, suggestion: String? = nil) -> Diagnostic {
        .error(code, at: SourceLocation(file: file, line: line, column: column, lineText: lineText), keyPath: keyPath, message,
               suggestion: suggestion ?? "the history behind What's new is never replaced, so nothing was published: correct the file, or restore it "
                   + "from version control or your backup (git checkout -- \(file)); to start a new history instead, move the file away")
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(describe(type)) here")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(describe(type)) here, not null")
        case .keyNotFound(let key, let context):
            return (context.codingPath, "'\(key.stringValue)' is missing")
        case .dataCorrupted(let context):
            return (context.codingPath, "a value is not one the history can hold (\(context.debugDescription))")
        @unknown default:
            return ([], "the file cannot be read as a history of changes")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text in double quotes"
        case is Int.Type: return "a whole number"
        case is [Any].Type: return "a list"
        default:
            return String(describing: type).hasPrefix("Dictionary") ? "an object { … }" : "a value of type \(type)"
        }
    }

    /// The text of a 1-based line, to quote under the message.
    private static func text(ofLine line: Int, in bytes: [UInt8]) -> String {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return "" }
        return String(decoding: lines[line - 1], as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    /// `changes[3].kind`.
    private static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }
}
