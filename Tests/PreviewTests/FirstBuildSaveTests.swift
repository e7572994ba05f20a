import Foundation
@testable import Preview
import Testing

/// A save made while serve's first build runs (seconds, on a large offer) is rebuilt after it, not lost.
@Suite("Saves during the first build")
struct FirstBuildSaveTests {
    @Test("a course saved after the first build read it, before that build is served, is in the site served after it")
    func saveDuringFirstBuild() async throws {
        let workspace = try Workspace()
        let course = "courses/mandatory/first-aid.md"
        let text = try workspace.read(course)
        // Saved when the first build has read every file and is about to be served: the latest
        // moment a save can fall inside it.
        let server = PreviewServer(options: PreviewOptions(build: workspace.buildOptions(), port: 0, watch: true), onRebuild: { report in
            guard report.generation == 1 else { return }
            try? workspace.write(course, text.replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid at Work Saved Early"))
        })
        try await server.start()
        let found = await eventually(20) {
            String(decoding: server.snapshot.data(at: "courses/first-aid.html") ?? Data(), as: UTF8.self).contains("First Aid at Work Saved Early")
        }
        #expect(found, "the save made during the first build was not rebuilt")
        await server.stop()
    }
}
