import Catalogue
import Markdown
import Templates

/// The pictures and documents that descriptions show or link to, published once each under their
/// fingerprinted names (`files/handout.3f2a9c1b.pdf`, see `MediaFolder`). Only the files of what
/// the edition publishes are written: the partner edition leaves out staff-only pages and courses,
/// and with them the files only they use.
struct ContentFilesExport: SiteExport {
    let reads = SiteReads([.home, .groups, .pathways, .pages], courses: [(.published, .all)])

    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        let bodies = [catalogue.home] + catalogue.publishedCourses.map(\.body) + catalogue.groups.map(\.body)
            + catalogue.pathways.map(\.body) + catalogue.pages.map(\.body)
        var seen: Set<String> = []
        var files: [OutputFile] = []
        let pictures = catalogue.publishedCourses.compactMap(\.picture?.file)
        for file in pictures + bodies.flatMap(\.files) where seen.insert(file.path).inserted {
            files.append(OutputFile(path: file.path, data: file.data))
        }
        return files.sorted { $0.path < $1.path }
    }
}

extension SiteStrings {
    /// A description's HTML with each document link followed by its kind and size: `(PDF, 240 KB)`.
    func bodyHTML(_ body: MarkdownDocument) -> String {
        body.htmlLabellingFiles { file in
            guard let kind = MediaFormat(fileName: "file." + file.fileExtension)?.documentKind else { return "" }
            let (number, megabytes) = MediaFormat.approximateSize(file.data.count)
            let size = text(megabytes ? "files.mb" : "files.kb", ["size": number])
            let label = text("files.document", ["kind": text("files." + kind), "size": size])
            return " <span class=\"file-type\">" + HTMLEscaping.escape(label) + "</span>"
        }
    }
}
