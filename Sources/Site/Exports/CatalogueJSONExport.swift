import Catalogue

/// `catalogue.json` and its JSON Schema, `catalogue.schema.json`.
struct CatalogueJSONExport: SiteExport {
    let reads = SiteReads([.settings, .groups, .pathways, .pages, .today], courses: [(.every, .all)])
    func files(for context: ExportContext) -> [OutputFile] {
        [
            CatalogueJSON.file(context.catalogue, context: context),
            OutputFile(path: CatalogueJSON.schemaPath, text: CatalogueSchema.document.rendered()),
        ]
    }
}
