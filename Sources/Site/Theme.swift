import Catalogue
import Foundation
import Templates

/// A theme: Mustache templates from `Theme/templates` (compiled once) and static files from `Theme/assets`.
///
/// Templates are loaded at run time, so a designer can change the look without recompiling.
public struct Theme: Sendable {
    /// Templates every theme must have: the layout and every template the site renders from Swift
    /// (``TemplateSchemas/roots``: each page kind's and the course card's); a missing one is an
    /// error naming it.
    public static let requiredTemplates: [String] = ["layout"] + TemplateSchemas.roots.keys.sorted()

    /// Where a missing template can be found again, for the error's suggestion.
    static func restoreSuggestion(_ name: String) -> String {
        "copy templates/\(name).mustache from the default theme, the Theme/ folder of the Prospectus repository"
    }

    let library: TemplateLibrary
    /// Files copied as they are, by path relative to the output root (`assets/site.css`).
    public let assets: [String: Data]
    /// The site's words: `strings.yml` over the English defaults.
    public let strings: SiteStrings
    /// What may be deliberate but is probably a mistake (a template nothing uses, a half-translated
    /// group of strings): the build goes on, `check --strict` fails.
    public let warnings: [Diagnostic]
    /// How many of the theme's files were read and checked: its templates and `strings.yml`
    /// (counted with the content files in the closing count).
    public let fileCount: Int
    /// Each asset's content hash, computed once at load (pages ask for it on every render).
    private let fingerprints: [String: String]

    /// Loads and compiles the theme; every problem is returned as a diagnostic naming the file.
    public static func load(from directory: URL, displayPath: String) -> Result<Theme, ThemeProblems> {
        let fileManager = FileManager.default
        let templatesURL = directory.appendingPathComponent("templates")
        var diagnostics: [Diagnostic] = []
        var library = TemplateLibrary()
        let names = ((fileManager.enumerator(atPath: templatesURL.path)?.allObjects as? [String]) ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        if names.isEmpty {
            return .failure(ThemeProblems(diagnostics: [.error(.themeNoTemplates, at: SourceLocation(file: "\(displayPath)/templates"), "the theme has no templates",
                                    suggestion: "pass --theme with the folder that holds templates/ and assets/")]))
        }
        for name in names {
            let display = "\(displayPath)/templates/\(name)"
            let url = templatesURL.appendingPathComponent(name)
            guard let data = fileManager.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(.templateNotUTF8, at: SourceLocation(file: display), "the template cannot be read as UTF-8 text"))
                continue
            }
            do {
                library[String(name.dropLast(".mustache".count))] = try Template(text)
            } catch {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: display, line: error.line, column: error.column, lineText: error.lineText),
                                          "the template cannot be parsed: \(error.message)"))
            }
        }
        let missing = requiredTemplates.filter { library[$0] == nil }
        var warnings: [Diagnostic] = []
        if diagnostics.isEmpty {
            diagnostics = checkTemplates(library, displayPath: displayPath, missing: Set(missing))
            warnings = unusedTemplates(library, displayPath: displayPath)
        }
        for required in missing where !diagnostics.contains(where: { $0.location.file.hasSuffix("/\(required).mustache") }) {
            diagnostics.append(.error(.templateMissing, at: SourceLocation(file: "\(displayPath)/templates/\(required).mustache"),
                                      "the theme has no '\(required)' template", suggestion: restoreSuggestion(required)))
        }

        var assets: [String: Data] = [:]
        let assetsURL = directory.appendingPathComponent("assets")
        for name in ((fileManager.enumerator(atPath: assetsURL.path)?.allObjects as? [String]) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            let url = assetsURL.appendingPathComponent(name)
            guard !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = fileManager.contents(atPath: url.path) else { continue }
            assets["assets/" + name] = data
        }
        let strings = SiteStrings.load(from: directory, displayPath: displayPath)
        let fileCount = names.count + (fileManager.fileExists(atPath: directory.appendingPathComponent(SiteStrings.fileName).path) ? 1 : 0)
        diagnostics += strings.diagnostics.filter { $0.severity == .error }
        warnings += strings.diagnostics.filter { $0.severity != .error }
        guard diagnostics.isEmpty else { return .failure(ThemeProblems(diagnostics: diagnostics + warnings, fileCount: fileCount)) }
        return .success(Theme(library: library, assets: assets, strings: strings.strings, warnings: warnings, fileCount: fileCount))
    }

    private init(library: TemplateLibrary, assets: [String: Data], strings: SiteStrings, warnings: [Diagnostic], fileCount: Int) {
        self.fileCount = fileCount
        self.library = library
        self.assets = assets
        self.strings = strings
        self.warnings = warnings
        fingerprints = assets.mapValues(Theme.contentHash)
    }

    /// Renders `value` with the named template, which was checked against that view at load
    /// (``TemplateSchemas``; a debug build asserts that it is that view).
    func render(_ value: some TemplateObject, template: String) -> String {
        String(decoding: renderBytes(value, template: template), as: UTF8.self)
    }

    /// `render(_:template:)` as UTF-8 bytes (a page, written out as it is).
    func renderBytes(_ value: some TemplateObject, template: String) -> [UInt8] {
        assert(TemplateSchemas.matches(value, template: template), "'\(template)' is rendered with a view TemplateSchemas does not name for it")
        return library.renderBytes(value, template: template) ?? []
    }

    /// A short content hash of an asset, appended to its URL so browsers fetch a changed file.
    public func fingerprint(_ path: String) -> String? {
        fingerprints[path]
    }

    /// FNV-1a over the bytes, first 10 hex digits (`ContentHash`, as published pictures and documents are named).
    private static func contentHash(_ data: Data) -> String { ContentHash.hex(data) }
}

/// Why a theme could not be loaded: one diagnostic per broken or missing template.
public struct ThemeProblems: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// How many of the theme's files were read (see ``Theme/fileCount``).
    public var fileCount = 0
}
