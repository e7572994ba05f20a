import Catalogue

/// The trust's look in `assets/`: the logo from the content folder, and the brand colour as a
/// style sheet of its own (`assets/brand.css`), never an inline `<style>`, so pages work under a
/// Content-Security-Policy without `'unsafe-inline'` (docs/hosting.md).
struct BrandAssetsExport: SiteExport {
    let reads = SiteReads([.settings])
    static func logoPath(_ logo: Logo) -> String { logoStart + logo.fileExtension }
    /// What the logo's path starts with (its extension follows).
    static let logoStart = "assets/logo."
    static let stylesheetPath = "assets/brand.css"
    /// The browser-tab icon: the theme's own (`Theme/assets/favicon.svg`).
    static let themeIconPath = "assets/favicon.svg"

    /// The style sheet that sets the theme's `--brand` and `--brand-dark` from site.yml's colour.
    static func stylesheet(_ colour: RGBColour) -> String {
        ":root{--brand:\(colour);--brand-dark:\(colour.darkened(by: 0.3))}\n"
    }

    /// The address of the brand style sheet from a page, with the colour as its version, so a
    /// browser that cached last year's colour fetches the new one.
    static func stylesheetHref(_ colour: RGBColour, _ links: Links) -> String {
        links.to(stylesheetPath) + "?v=" + String(describing: colour).filter(\.isHexDigit)
    }

    func files(for context: ExportContext) -> [OutputFile] {
        guard let brand = context.catalogue.settings.brand else { return [] }
        var files: [OutputFile] = []
        if let colour = brand.colour { files.append(OutputFile(path: Self.stylesheetPath, text: Self.stylesheet(colour))) }
        if let logo = brand.logo { files.append(OutputFile(path: Self.logoPath(logo), data: logo.data)) }
        return files
    }
}
