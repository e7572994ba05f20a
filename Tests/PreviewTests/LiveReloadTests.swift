import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

@Suite("Watching, rebuilding and reloading")
struct LiveReloadTests {
    @Test("a saved change rebuilds the site and open pages are told to reload")
    func rebuildOnSave() async throws {
        try await withPreview { workspace, server, port in
            let events = try EventStream(port: port)
            #expect(await events.waitForGeneration(atLeast: 1) == 1)
            let file = "courses/mandatory/first-aid.md"
            let text = try workspace.read(file)
            try workspace.write(file, text.replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid for Everyone"))
            let generation = try #require(await events.waitForGeneration(atLeast: 2), "no reload event after the save")
            #expect(generation >= 2)
            let page = try await RawHTTP.request(port: port, "/courses/first-aid.html")
            #expect(page.text.contains("First Aid for Everyone"))
            #expect(page.text.contains("data-generation=\"\(server.snapshot.generation)\""))
            let status = try await RawHTTP.request(port: port, "/__prospectus/status")
            #expect(status.text.contains("\"ok\":true"))
        }
    }

    @Test("a mistake shows as an overlay with file:line:col over the last good site, and fixing it clears it")
    func errorOverlay() async throws {
        try await withPreview { workspace, server, port in
            let file = "courses/mandatory/first-aid.md"
            let good = try workspace.read(file)
            let before = try await RawHTTP.request(port: port, "/courses/first-aid.html")
            #expect(!before.text.contains("role=\"alert\""))

            try workspace.write(file, good.replacingOccurrences(of: "groups: [", with: "groups: [teachres, "))
            #expect(await eventually { !server.snapshot.errors.isEmpty }, "the broken file was not noticed")
            let broken = try await RawHTTP.request(port: port, "/courses/first-aid.html")
            #expect(broken.status == 200, "the last good site stays served")
            #expect(broken.text.contains("role=\"alert\""))
            let location = try #require(server.snapshot.errors.first?.location)
            #expect(location.file == "Content/courses/mandatory/first-aid.md" && location.line > 0 && location.column > 0)
            #expect(broken.text.contains("Content/courses/mandatory/first-aid.md:\(location.line):\(location.column)"))
            #expect(broken.text.contains("teachres"))
            #expect(try await RawHTTP.request(port: port, "/__prospectus/status").text.contains("\"ok\":false"))

            try workspace.write(file, good)
            #expect(await eventually { server.snapshot.errors.isEmpty }, "fixing the file did not clear the errors")
            let fixed = try await RawHTTP.request(port: port, "/courses/first-aid.html")
            #expect(!fixed.text.contains("role=\"alert\""))
            #expect(fixed.text.contains("data-prospectus-live-reload"))
        }
    }

    @Test("a new course file is picked up, and a theme change rebuilds every page")
    func newFileAndTheme() async throws {
        try await withPreview { workspace, server, port in
            let copy = try workspace.read("courses/mandatory/first-aid.md")
                .replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid Refresher")
                .replacingOccurrences(of: "code: FA-201", with: "code: FA-202")
            try workspace.write("courses/first-aid-refresher.md", copy)
            #expect(await eventually { server.snapshot.data(at: "courses/first-aid-refresher.html") != nil })
            #expect(try await RawHTTP.request(port: port, "/courses/first-aid-refresher.html").status == 200)

            let css = workspace.theme.appendingPathComponent("assets/site.css")
            let original = try Data(contentsOf: css)
            try (original + Data("\n/* changed */\n".utf8)).write(to: css)
            #expect(await eventually { server.snapshot.data(at: "assets/site.css").map { String(decoding: $0, as: UTF8.self).contains("/* changed */") } ?? false })
        }
    }
}
