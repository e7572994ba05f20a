import Catalogue
import Site
import Uptake

/// The step `build`, `check` and `serve` take between loading the content and making the site: the
/// trust's form downloads (`report.exports` in site.yml) read and matched, and the places booked
/// they count put on the sessions. `publish` copies a built site, so it shows what `build` read.
enum FormDownloads {
    @Sendable static func step(_ catalogue: Catalogue, _ options: BuildOptions) -> (Catalogue, [Diagnostic]) {
        let (uptake, diagnostics) = UptakeReader.read(catalogue: catalogue, contentFolder: options.content,
                                                      contentDisplay: options.contentDisplay, outputFolder: options.output)
        return (uptake.booking(catalogue), diagnostics)
    }
}
