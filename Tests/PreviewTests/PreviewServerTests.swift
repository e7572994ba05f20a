import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

/// A running preview of a temporary copy of the valid fixture, stopped at the end of the test.
func withPreview<T>(base: String = "/", watch: Bool = true, limits: ServerLimits = .standard,
                    _ body: (Workspace, PreviewServer, Int) async throws -> T) async throws -> T {
    let workspace = try Workspace()
    let server = PreviewServer(options: PreviewOptions(build: workspace.buildOptions(), port: 0, base: base, watch: watch, limits: limits))
    let url = try await server.start()
    do {
        let result = try await body(workspace, server, url.port!)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

@Suite("Serving the site")
struct ServingTests {
    @Test("serves on 127.0.0.1 under the base path, with the right content types")
    func servesPages() async throws {
        try await withPreview(base: "/cpd/") { _, server, port in
            let url = try await server.url()
            #expect(url.absoluteString == "http://127.0.0.1:\(port)/cpd/")
            let home = try await RawHTTP.request(port: port, "/cpd/")
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.text.contains("data-prospectus-live-reload"))
            #expect(try await RawHTTP.request(port: port, "/").header("Location") == "/cpd/")
            #expect(try await RawHTTP.request(port: port, "/cpd").header("Location") == "/cpd/")
            #expect(try await RawHTTP.request(port: port, "/cpd/courses").header("Location") == "/cpd/courses/")
            #expect(try await RawHTTP.request(port: port, "/cpd/courses/").status == 200)

            let expected = ["html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
                            "ics": "text/calendar; charset=utf-8", "xml": "application/xml; charset=utf-8",
                            "json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8"]
            let paths = server.snapshot.paths
            for (ext, type) in expected {
                let path = try #require(paths.first { $0.hasSuffix("." + ext) }, "the site has no .\(ext) file")
                let response = try await RawHTTP.request(port: port, "/cpd/" + path)
                #expect(response.status == 200, "\(path)")
                #expect(response.header("Content-Type") == type, "\(path)")
                #expect(response.header("X-Content-Type-Options") == "nosniff")
                if ext != "html" { #expect(response.body == server.snapshot.data(at: path), "\(path) is served as built") }
            }
            #expect(ContentTypes.type(of: "assets/logo.svg") == "image/svg+xml")
            #expect(ContentTypes.type(of: "brand/logo.png") == "image/png")
        }
    }

    @Test("unknown pages get the site's 404 page with status 404")
    func notFound() async throws {
        try await withPreview(base: "/cpd/") { _, _, port in
            let missing = try await RawHTTP.request(port: port, "/cpd/courses/no-such-course.html")
            #expect(missing.status == 404)
            #expect(missing.text.contains("<base href=\"/cpd/\">"))
            #expect(try await RawHTTP.request(port: port, "/elsewhere/index.html").status == 404)
        }
    }

    @Test("HEAD has the GET's headers and no body; other methods are refused")
    func head() async throws {
        try await withPreview { _, _, port in
            let get = try await RawHTTP.request(port: port, "/assets/site.css")
            let head = try await RawHTTP.request(port: port, "/assets/site.css", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == String(get.body.count))
            #expect(head.header("ETag") == get.header("ETag"))
            #expect(head.header("Content-Type") == "text/css; charset=utf-8")
            let post = try await RawHTTP.request(port: port, "/index.html", method: "POST", headers: ["Content-Length": "0"])
            #expect(post.status == 405)
        }
    }

    @Test("If-None-Match and If-Modified-Since give 304 Not Modified")
    func conditional() async throws {
        try await withPreview { _, _, port in
            for path in ["/assets/site.css", "/index.html"] {
                let first = try await RawHTTP.request(port: port, path)
                let etag = try #require(first.header("ETag"))
                let modified = try #require(first.header("Last-Modified"))
                let byTag = try await RawHTTP.request(port: port, path, headers: ["If-None-Match": etag])
                #expect(byTag.status == 304, "\(path)")
                #expect(byTag.body.isEmpty)
                #expect(try await RawHTTP.request(port: port, path, headers: ["If-None-Match": "\"other\""]).status == 200)
                #expect(try await RawHTTP.request(port: port, path, headers: ["If-Modified-Since": modified]).status == 304)
                #expect(try await RawHTTP.request(port: port, path, headers: ["If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"]).status == 200)
            }
        }
    }

    @Test("no path leaves the site: dot-dot, encoded or not, encoded slashes, symlinks")
    func traversal() async throws {
        try await withPreview(base: "/cpd/") { workspace, _, port in
            // A secret beside the site, and a link to it where a built site would be.
            let secret = workspace.root.appendingPathComponent("secret.txt")
            try Data("SECRET".utf8).write(to: secret)
            try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: workspace.output.appendingPathComponent("link.txt"), withDestinationURL: secret)
            try FileManager.default.createSymbolicLink(at: workspace.content.appendingPathComponent("_link.txt"), withDestinationURL: secret)
            let attempts = [
                "/cpd/../secret.txt", "/cpd/../../../../etc/passwd", "/cpd/%2e%2e/secret.txt", "/cpd/%2E%2E/%2E%2E/etc/passwd",
                "/cpd/courses/%2e%2e%2f%2e%2e%2fsecret.txt", "/cpd/courses%2F..%2F..%2Fetc%2Fpasswd", "/cpd/..%5c..%5csecret.txt",
                "/cpd/./index.html", "/cpd/%00", "/cpd/link.txt", "/cpd/_link.txt", "/cpd/Content/site.yml", "/cpd/.prospectus-output",
                "/%2e%2e/etc/passwd", "/../etc/passwd",
            ]
            for path in attempts {
                let response = try await RawHTTP.request(port: port, path)
                #expect([403, 404].contains(response.status), "\(path) gave \(response.status)")
                #expect(!response.text.contains("SECRET") && !response.text.contains("root:"), "\(path)")
            }
            #expect(try await RawHTTP.request(port: port, "/cpd/%2e%2e/secret.txt").status == 403)
        }
    }

    @Test("a port in use is reported clearly")
    func portInUse() async throws {
        try await withPreview { workspace, _, port in
            let second = PreviewServer(options: PreviewOptions(build: workspace.buildOptions(), port: UInt16(port), watch: false))
            await #expect {
                try await second.start()
            } throws: { error in
                guard case .portInUse(_, let busy) = error as? PreviewError else { return false }
                return busy == UInt16(port) && "\(error)".contains("--port 0")
            }
            await second.stop()
        }
    }

    @Test("the reload script is only in served HTML, never in the built files")
    func scriptOnlyWhenServed() async throws {
        try await withPreview { _, server, port in
            for path in server.snapshot.paths {
                let data = try #require(server.snapshot.data(at: path))
                #expect(!String(decoding: data, as: UTF8.self).contains("prospectus-live-reload"), "\(path)")
            }
            #expect(try await RawHTTP.request(port: port, "/index.html").text.contains("<script src=\"/__prospectus/live-reload.js\""))
            let script = try await RawHTTP.request(port: port, "/__prospectus/live-reload.js")
            #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(script.text.contains("/__prospectus/events"))
        }
    }
}
