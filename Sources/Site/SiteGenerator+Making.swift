import Catalogue
import Foundation

/// What a site is made from: the catalogue as the edition publishes it, and the theme. Either is nil
/// when it could not be loaded; `diagnostics` says why, sorted.
struct SiteSources {
    var catalogue: Catalogue?
    var theme: Theme?
    var diagnostics: [Diagnostic]
    var fileCount: Int
}

/// Everything one rendering of the site needs.
struct SiteParts {
    var catalogue: Catalogue
    var theme: Theme
    var plan: SitePlan
    var changes: ChangeLog
    var today: LocalDate
}

/// The two steps `build` and `check` share, so that `check` finds exactly what `build` would:
/// reading the sources, and making every file of the site (written by `build`, thrown away by `check`).
extension SiteGenerator {
    /// Loads the content and the theme, and applies the edition and its rules.
    func sources(_ timer: inout PhaseTimer) -> SiteSources {
        let result = timer.time("load") { ContentLoader(directory: options.content, displayPath: options.contentDisplay).load() }
        let themeResult = timer.time("theme") { Theme.load(from: options.theme, displayPath: options.themeDisplay) }
        switch themeResult {
        case .failure(let problems):
            return SiteSources(catalogue: nil, theme: nil, diagnostics: (result.diagnostics + problems.diagnostics).sorted(),
                               fileCount: result.fileCount)
        case .success(let theme):
            guard let loaded = result.catalogue, !result.diagnostics.hasErrors else {
                return SiteSources(catalogue: nil, theme: theme, diagnostics: result.diagnostics, fileCount: result.fileCount)
            }
            let (catalogue, found) = loaded.edition(options.edition)
            return SiteSources(catalogue: catalogue, theme: theme, diagnostics: (result.diagnostics + found).sorted(),
                               fileCount: result.fileCount)
        }
    }

    /// Renders every page, export and theme asset, handing each file to `write` as soon as it is made
    /// (from many threads). Returns the first failure, or nil.
    func make(_ parts: SiteParts, timer: inout PhaseTimer, into write: @escaping @Sendable (OutputFile) throws -> Void) -> String? {
        @Sendable func written(_ files: [OutputFile]) -> String? {
            for file in files {
                do { try write(file) } catch { return "\(error)" }
            }
            return nil
        }
        var failures: [String] = timer.time("render") {
            let renderer = PageRenderer(catalogue: parts.catalogue, theme: parts.theme, today: parts.today, plan: parts.plan,
                                        changes: parts.changes)
            return parts.plan.pages.parallelMap { page in written([OutputFile(path: page.path, text: renderer.render(page))]) }
                .compactMap { $0 }
        }
        let context = ExportContext(catalogue: parts.catalogue, today: parts.today, changes: parts.changes, strings: parts.theme.strings)
        failures += timer.time("export") {
            (SiteExports.all.map { $0 as any SiteExport }.parallelMap { written($0.files(for: context)) }
                + [written(parts.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: $0.value) })]).compactMap { $0 }
        }
        return failures.first
    }
}

/// Where `check` makes the site: each file's path is checked as `StagedSite` checks it (inside the
/// site, wanted by one part only), and its bytes are dropped.
final class DiscardedSite: Sendable {
    private let paths = Locked(Set<String>())

    func write(_ file: OutputFile) throws {
        guard OutputWriter.isSafeRelativePath(file.path) else {
            throw OutputError(message: "refusing to write '\(file.path)': it would leave the output folder")
        }
        guard paths.withLock({ $0.insert(file.path).inserted }) else {
            throw OutputError(message: "two parts of the site both want to write '\(file.path)'")
        }
    }
}
