import Catalogue

/// The trust's logo, copied from the content folder into `assets/`.
struct BrandAssetsExport: SiteExport {
    static func logoPath(_ logo: Logo) -> String { "assets/logo.\(logo.fileExtension)" }

    func files(for context: ExportContext) -> [OutputFile] {
        guard let logo = context.catalogue.settings.brand?.logo else { return [] }
        return [OutputFile(path: Self.logoPath(logo), data: logo.data)]
    }
}
