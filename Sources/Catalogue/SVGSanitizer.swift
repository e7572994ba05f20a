import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG as XML and writes it out again holding only drawing elements and presentation
/// attributes, so a logo can neither run script nor fetch anything from elsewhere when a browser
/// shows it or it is opened on its own.
///
/// The rules are an allow-list, applied after the XML parser has resolved namespaces and decoded
/// character references, so `<s:script>` with the SVG namespace bound to `s`, `&#106;avascript:` and
/// `&#104;ttp` are seen for what they are:
/// - elements: the SVG drawing elements in `elements` (in the SVG namespace, or in none); anything
///   else (`script`, `foreignObject`, `a`, `image`, animation, elements of other namespaces) is refused;
/// - attributes: the geometry and presentation attributes in `attributes`, plus `xml:space` and
///   `xml:lang`; event handlers (`on…`), `xml:base` and other namespaced attributes are refused;
/// - `href` and `xlink:href`: a link inside the image (`#id`) only;
/// - CSS, in `<style>` and in attribute values: `url(#id)` only; at-rules (`@import`), escapes,
///   `expression(…)` and the other functions that fetch are refused;
/// - no document type declaration (so no entities), no processing instructions, UTF-8 only.
///
/// Nothing that fails is copied through: `sanitize` returns the problem instead. A file that passes
/// is written again from what was read (comments left out, `xlink:href` written `href`, attributes
/// in name order), never copied byte for byte.
public enum SVGSanitizer {
    /// Why an SVG cannot be used, in words for an editor.
    public struct Problem: Error, Sendable, Equatable {
        /// What was found, e.g. "it contains a <script> element (line 3), which could run a script".
        public var message: String
        /// How to fix it.
        public var suggestion: String
    }

    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let suggestion = "export the logo again as plain SVG without scripts, links, animation, embedded images or "
        + "web fonts (in Inkscape: Save As › Optimized SVG; in Illustrator: Export As › SVG), or use a PNG"

    /// The drawing elements a logo may hold.
    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
        "filter", "feGaussianBlur", "feOffset", "feFlood", "feComposite", "feMerge", "feMergeNode", "feBlend",
        "feColorMatrix", "feDropShadow",
    ]

    /// Geometry, presentation and accessibility attributes (names without a prefix).
    static let attributes: Set<String> = [
        "id", "class", "style", "transform", "viewBox", "preserveAspectRatio", "version", "baseProfile", "width", "height",
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "href",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
        "clip-path", "clip-rule", "mask", "filter", "display", "visibility", "overflow", "vector-effect",
        "shape-rendering", "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
        "paint-order", "mix-blend-mode", "isolation", "marker-start", "marker-mid", "marker-end",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
        "text-decoration", "writing-mode", "direction", "unicode-bidi",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
        "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator",
        "k1", "k2", "k3", "k4", "type", "values", "flood-color", "flood-opacity", "edgeMode",
        "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable", "lang", "xml:space", "xml:lang",
    ]

    /// Attributes holding words for people, not CSS: the CSS rules do not apply to them.
    static let plainText: Set<String> = ["id", "class", "aria-label", "aria-labelledby", "aria-describedby", "role", "lang", "xml:lang"]

    /// Why some elements are refused, for the message.
    static let reasons: [String: String] = [
        "script": "which could run a script", "handler": "which could run a script", "listener": "which could run a script",
        "foreignObject": "which embeds web content", "iframe": "which embeds web content", "a": "which is a link",
        "image": "which shows another image (embedded or from elsewhere)", "feImage": "which shows another image",
        "set": "which is animation (it can change links and other attributes)", "animate": "which is animation (it can change links and other attributes)",
        "animateTransform": "which is animation", "animateMotion": "which is animation", "discard": "which is animation",
        "font-face": "which loads a font", "font": "which loads a font",
    ]

    /// The SVG written again from its allowed parts, or why it cannot be used.
    public static func sanitize(_ data: Data) -> Result<Data, Problem> {
        guard let text = String(validating: Array(data), as: UTF8.self) else {
            return .failure(Problem(message: "it is not UTF-8 text", suggestion: suggestion))
        }
        if let problem = prologProblem(text) { return .failure(problem) }
        let reader = SVGReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        reader.parser = parser
        let parsed = parser.parse()
        if let problem = reader.problem { return .failure(problem) }
        guard parsed, reader.finished, reader.depth == 0 else {
            let line = parser.lineNumber
            return .failure(Problem(message: "it is not well-formed XML (near line \(line) of the SVG)", suggestion: suggestion))
        }
        return .success(Data(reader.output.utf8))
    }

    /// Refuses what must not reach the parser: document type declarations (entities), and an XML
    /// declaration naming an encoding other than UTF-8.
    private static func prologProblem(_ text: String) -> Problem? {
        let lowered = text.lowercased()
        if let range = lowered.range(of: "<!doctype") ?? lowered.range(of: "<!entity") {
            let line = lowered[..<range.lowerBound].count { $0 == "\n" } + 1
            return Problem(message: "it has a document type declaration (<!DOCTYPE …>) on line \(line) of the SVG, which can define entities",
                           suggestion: "delete the <!DOCTYPE …> line from the SVG (an SVG needs none), or " + suggestion)
        }
        if lowered.hasPrefix("<?xml") || lowered.hasPrefix("\u{FEFF}<?xml"), let end = lowered.range(of: "?>") {
            let declaration = lowered[..<end.lowerBound]
            if let encoding = declaration.range(of: "encoding") {
                let value = declaration[encoding.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                    .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
                if value != "utf-8" && value != "utf8" && value != "us-ascii" {
                    return Problem(message: "it declares the encoding '\(value)'; only UTF-8 is read",
                                   suggestion: "save the SVG as UTF-8, or " + suggestion)
                }
            }
        }
        return nil
    }

    /// CSS (a `<style>` element or an attribute value) without its comments, or why it could run
    /// script or fetch something. Comments go first, so they cannot split a word the checks look
    /// for, and the CSS is written without them.
    static func checkedCSS(_ css: String) -> Result<String, CSSProblem> {
        var kept = ""
        var rest = Substring(css)
        while let open = rest.range(of: "/*") {
            kept += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return .failure(CSSProblem(text: "an unfinished CSS comment")) }
            rest = rest[close.upperBound...]
        }
        kept += rest
        var text = kept.lowercased()
        text.unicodeScalars.removeAll {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        }
        if text.contains("\\") { return .failure(CSSProblem(text: "a CSS escape (\\)")) }
        if text.contains("@") { return .failure(CSSProblem(text: "a CSS at-rule (@import, @font-face…), which can fetch from elsewhere")) }
        for word in ["expression(", "javascript:", "vbscript:", "behavior:", "-moz-binding", "image-set(", "image(", "cross-fade(",
                     "element(", "src(", "paint("] where text.contains(word) {
            return .failure(CSSProblem(text: "CSS '\(word)', which could run a script or fetch from elsewhere"))
        }
        var search = Substring(text)
        while let url = search.range(of: "url(") {
            let target = search[url.upperBound...].drop { $0 == "\"" || $0 == "'" }
            guard target.first == "#" else {
                return .failure(CSSProblem(text: "CSS url(\(target.prefix { $0 != ")" }.prefix(40))), an address outside the logo"))
            }
            search = search[url.upperBound...]
        }
        return .success(kept)
    }

    /// What `checkedCSS` found.
    struct CSSProblem: Error {
        let text: String
    }

    /// True for `#id`: a link inside the same image.
    static func isFragment(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("#"), trimmed.count > 1 else { return false }
        return trimmed.unicodeScalars.dropFirst().allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "." || $0 == ":")
        }
    }
}

/// The parser's delegate: checks each element as it comes and writes the sanitised SVG as it goes
/// (a stack of open elements, no recursion).
private final class SVGReader: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var output = ""
    var problem: SVGSanitizer.Problem?
    var depth = 0
    var finished = false
    /// Open elements, innermost last, and whether their start tag still waits for its `>`.
    private var open: [String] = []
    private var startTagOpen = false
    private var styleText: String?
    private var sawRoot = false

    private var line: Int { parser?.lineNumber ?? 0 }

    private func refuse(_ message: String, suggestion: String = SVGSanitizer.suggestion) {
        guard problem == nil else { return }
        problem = SVGSanitizer.Problem(message: message, suggestion: suggestion)
        parser?.abortParsing()
    }

    private func closeStartTag() {
        if startTagOpen { output += ">" }
        startTagOpen = false
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        guard problem == nil else { return }
        let shown = qualifiedName ?? elementName
        let namespace = namespaceURI ?? ""
        guard namespace.isEmpty || namespace == SVGSanitizer.svgNamespace else {
            refuse("it contains a <\(shown)> element from another vocabulary (\(namespace)) on line \(line)"
                   + (SVGSanitizer.reasons[elementName].map { ", \($0)" } ?? ""))
            return
        }
        guard SVGSanitizer.elements.contains(elementName) else {
            refuse("it contains a <\(shown)> element on line \(line), "
                   + (SVGSanitizer.reasons[elementName] ?? "which is not one of the drawing elements a logo may use"))
            return
        }
        if !sawRoot {
            guard elementName == "svg" else { return refuse("it is not an SVG image (it starts with <\(shown)>)") }
            sawRoot = true
        }
        if styleText != nil { return refuse("the <style> element on line \(line) holds an element") }
        var written: [(String, String)] = []
        for (name, value) in attributes {
            var name = name, value = value
            if name == "xlink:href" {
                // With both, browsers follow href (SVG 2); the other is checked, then left out.
                if attributes["href"] != nil, SVGSanitizer.isFragment(value) { continue }
                name = "href"
            }
            guard SVGSanitizer.attributes.contains(name) else {
                let lowered = name.lowercased()
                let reason = lowered.hasPrefix("on") ? ", an event handler that could run a script"
                    : lowered == "xml:base" ? ", which changes where links point" : ""
                return refuse("the <\(shown)> element on line \(line) has the attribute \(name)\(reason)")
            }
            if name == "href" {
                guard SVGSanitizer.isFragment(value) else {
                    return refuse("the <\(shown)> element on line \(line) links to '\(value.prefix(60))'; only links inside the logo (href=\"#id\") are allowed")
                }
            } else if !SVGSanitizer.plainText.contains(name) {
                switch SVGSanitizer.checkedCSS(value) {
                case .success(let css): value = css
                case .failure(let problem): return refuse("the \(name) attribute of <\(shown)> on line \(line) holds \(problem.text)")
                }
            }
            if elementName == "style", name == "type", value.trimmingCharacters(in: .whitespaces).lowercased() != "text/css" {
                return refuse("the <style> element on line \(line) is of type '\(value)'; only text/css is allowed")
            }
            written.append((name, value))
        }
        closeStartTag()
        output += "<" + elementName
        if open.isEmpty { output += " xmlns=\"\(SVGSanitizer.svgNamespace)\"" }
        for (name, value) in written.sorted(by: { $0.0 < $1.0 }) {
            output += " " + name + "=\"" + Self.escape(value, attribute: true) + "\""
        }
        startTagOpen = true
        open.append(elementName)
        depth += 1
        if elementName == "style" { styleText = "" }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard problem == nil, let name = open.popLast() else { return }
        depth -= 1
        if name == "style", let text = styleText {
            styleText = nil
            let css: String
            switch SVGSanitizer.checkedCSS(text) {
            case .success(let kept): css = kept
            case .failure(let problem): return refuse("the <style> element ending on line \(line) holds \(problem.text)")
            }
            if !css.isEmpty {
                closeStartTag()
                output += Self.escape(css, attribute: false)
            }
        }
        if startTagOpen {
            output += "/>"
            startTagOpen = false
        } else {
            output += "</" + name + ">"
        }
        if open.isEmpty { finished = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }
    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) { text(whitespaceString) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard let string = String(data: CDATABlock, encoding: .utf8) else { return refuse("it holds a CDATA section that is not UTF-8") }
        text(string)
    }

    private func text(_ string: String) {
        guard problem == nil, !open.isEmpty else { return }
        if styleText != nil {
            styleText! += string
            return
        }
        closeStartTag()
        output += Self.escape(string, attribute: false)
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        refuse("it holds the processing instruction <?\(target) …?> on line \(line), which can load a style sheet")
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse("it declares the XML entity '\(name)'")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse("it declares the XML entity '\(name)'")
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?,
                notationName: String?) {
        refuse("it declares the XML entity '\(name)'")
    }

    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse("it declares the XML notation '\(name)'")
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        refuse("it has a document type declaration")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse("it refers to the outside entity '\(name)'")
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        refuse("it is not well-formed XML (line \(line) of the SVG)")
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        refuse("it is not well-formed XML (line \(line) of the SVG)")
    }

    /// Text escaped for XML; in attributes, quotes and whitespace other than spaces too.
    static func escape(_ text: String, attribute: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where attribute: result.append(contentsOf: "&quot;".unicodeScalars)
            case "\t" where attribute, "\n" where attribute, "\r":
                result.append(contentsOf: "&#\(scalar.value);".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
