import Catalogue

extension Diagnostic {
    /// `file:line:col` with line and column always shown, for compact comparisons.
    public var place: String { "\(location.file):\(location.line):\(location.column)" }
}
