/// Plain-English hints for libyaml's terse syntax errors.
enum YAMLHints {
    static func hint(for problem: String, line: String?) -> String {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be in quotes, e.g. title: \"Safeguarding: annual update\""
        }
        if problem.contains("tab character") || (problem.contains("found character that cannot start any token") && line?.contains("\t") == true) {
            return "YAML does not allow tab characters for indenting: use spaces"
        }
        if problem.contains("could not find expected ':'") {
            return "each setting is written 'key: value'; check this line and the one before for a missing ':' or an unclosed quote"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: items of a list line up under each other, two spaces in from their key"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("found unknown escape character") {
            return "a quote is opened and never closed, or a backslash is used inside \"double quotes\""
        }
        if problem.contains("did not find expected node content") {
            return "a value is missing after '-' or ':'"
        }
        return "check the line for a missing ':' after a key, unbalanced quotes or brackets, or wrong indentation"
    }
}
