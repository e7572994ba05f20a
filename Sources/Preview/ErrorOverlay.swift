import Catalogue
import Templates

/// The panel shown over every page while the content has errors: each error's file:line:col, message
/// and suggestion, as an alert (role="alert") so screen readers announce it too. At most
/// `DiagnosticLimit.perFile` errors of one file are listed, then a line counting the rest.
enum ErrorOverlay {
    static let elementID = "prospectus-overlay"

    static func html(_ errors: [Diagnostic]) -> String {
        let shown = errors.filter { $0.severity == .error }
        let count = shown.count == 1 ? "1 error" : "\(shown.count) errors"
        var items = ""
        for entry in DiagnosticLimit.entries(shown) {
            guard case .diagnostic(let diagnostic) = entry else {
                if case .omitted(let file, let errors, let warnings) = entry {
                    items += "<li>\(escape(DiagnosticLimit.omittedText(file: file, errors: errors, warnings: warnings)))</li>"
                }
                continue
            }
            items += "<li><code>\(escape(diagnostic.location.description))</code>: "
                + escape(diagnostic.message)
            if !diagnostic.keyPath.isEmpty { items += " <small>(in \(escape(diagnostic.keyPath)))</small>" }
            if let line = diagnostic.location.lineText, diagnostic.location.line > 0 {
                let caret = String(repeating: " ", count: max(diagnostic.location.caretColumn - 1, 0)) + "^"
                items += "<pre>\(escape(line))\n\(caret)</pre>"
            }
            if let suggestion = diagnostic.suggestion { items += "<div>\(escape(suggestion))</div>" }
            items += "</li>"
        }
        return """
        <link rel="stylesheet" href="\(LiveReload.stylePath)">\
        <div id="\(elementID)" role="alert">\
        <h2>The site could not be rebuilt: \(count)</h2>\
        <p>This page shows the last version that built. Fix the file and save; this message goes away by itself.</p>\
        <ol>\(items)</ol></div>
        """
    }

    /// The panel's looks, served at `LiveReload.stylePath` (no inline styles: the pages are served
    /// under a Content-Security-Policy without 'unsafe-inline').
    static let css = """
        #\(elementID){position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:75vh;overflow:auto;margin:0;\
        padding:1rem 1.5rem;background:#fff4f4;color:#1b1b1b;border-bottom:4px solid #b00020;\
        box-shadow:0 2px 12px rgba(0,0,0,.3);font:15px/1.45 system-ui,sans-serif}
        #\(elementID) h2{margin:0 0 .4rem;font-size:1.15rem;color:#a0001c}
        #\(elementID) p{margin:0}
        #\(elementID) ol{margin:.4rem 0 0;padding-left:1.4rem}
        #\(elementID) li{margin:.6rem 0}
        #\(elementID) code{font-weight:bold}
        #\(elementID) pre{margin:.3rem 0;padding:.4rem;background:#fff;color:#1b1b1b;overflow:auto}

        """

    /// The theme's escaping (on bytes: a quote or bracket followed by a combining mark is escaped too).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
