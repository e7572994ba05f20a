import Catalogue
import Site
import Synchronization
import Uptake

/// The step `build`, `check` and `serve` take between loading the content and making the site: the
/// trust's form downloads (`report.exports` in site.yml) read and matched, and the places booked
/// they count put on the sessions. `publish` copies a built site, so it shows what `build` read.
///
/// What the step read is kept, so the report a site carries (`report: on_site`) counts the same
/// downloads without reading them again.
final class FormDownloads: Sendable {
    private let lastRead = Mutex<Uptake?>(nil)

    func step(_ catalogue: Catalogue, _ options: BuildOptions) -> (Catalogue, [Diagnostic]) {
        let (uptake, diagnostics) = ReportCommand.uptake(for: catalogue, options: options)
        lastRead.withLock { $0 = uptake }
        return (uptake.booking(catalogue), diagnostics)
    }

    /// The downloads the last step read (read now when no step has run).
    func uptake(for catalogue: Catalogue, options: BuildOptions) -> Uptake {
        lastRead.withLock { $0 } ?? ReportCommand.uptake(for: catalogue, options: options).0
    }
}
