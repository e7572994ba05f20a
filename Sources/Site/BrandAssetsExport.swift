import Catalogue
import Foundation

/// The trust's look in `assets/`: the logo from the content folder, and the brand colour as a
/// style sheet of its own (`assets/brand.css`), never an inline `<style>`, so pages work under a
/// Content-Security-Policy without `'unsafe-inline'` (docs/hosting.md).
struct BrandAssetsExport: SiteExport {
    let reads = SiteReads([.settings])
    static func logoPath(_ logo: Logo) -> String { "assets/logo.\(logo.fileExtension)" }
    static let stylesheetPath = "assets/brand.css"
    /// The browser-tab icon made from the logo; without a logo the theme's own `assets/favicon.svg` is used.
    static let iconPath = "assets/brand-icon.svg"
    /// The theme's icon, for a site without a logo.
    static let themeIconPath = "assets/favicon.svg"
    /// Behind the logo when site.yml gives no colour: the default theme's header blue (`--brand`).
    static let themeColour = RGBColour(red: 0x1d, green: 0x4f, blue: 0x91)

    /// The icon's address from a page: the brand's when there is a logo, else the theme's.
    static func iconHref(_ brand: Brand?, _ links: Links) -> String {
        links.to(brand?.logo == nil ? themeIconPath : iconPath)
    }

    /// The logo on a rounded square of the brand colour, as the header shows it (a white logo would
    /// vanish on a light tab). The logo is carried inside as a data: address, so nothing else is fetched.
    static func icon(_ logo: Logo, colour: RGBColour?) -> String {
        let type = logo.fileExtension == "svg" ? "image/svg+xml" : "image/png"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
            + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"\(colour ?? themeColour)\"/>"
            + "<image href=\"data:\(type);base64,\(logo.data.base64EncodedString())\" x=\"6\" y=\"6\" width=\"52\" height=\"52\"/></svg>\n"
    }

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
        if let logo = brand.logo {
            files.append(OutputFile(path: Self.logoPath(logo), data: logo.data))
            files.append(OutputFile(path: Self.iconPath, text: Self.icon(logo, colour: brand.colour)))
        }
        return files
    }
}
