import FlyingFox
import Foundation
import JSON
import Site

/// Answers one request from a snapshot of the site: files made in memory only (nothing is read from
/// disk while serving, so no path and no link can reach outside the site), with content types,
/// validators, HEAD and conditional requests, the site's own 404 page, and the reload script and
/// error overlay added to HTML. (The connection adds the security headers to every response.)
struct SiteResponder: Sendable {
    let base: String

    func respond(to request: RequestHead, snapshot: SiteSnapshot) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return plain(.methodNotAllowed, "Only GET and HEAD are supported.\n", extra: [HTTPHeader("Allow"): "GET, HEAD"],
                         head: false)
        }
        let head = request.method == .HEAD
        let raw = request.path
        if raw == LiveReload.statusPath { return status(snapshot, head: head) }
        if raw == LiveReload.scriptPath { return ownFile(LiveReload.javaScript, type: ContentTypes.type(of: "x.js"), head: head) }
        if raw == LiveReload.stylePath { return ownFile(ErrorOverlay.css, type: ContentTypes.type(of: "x.css"), head: head) }
        if raw == "/", base != "/" { return redirect(to: base) }
        switch RequestPath.resolve(raw, base: base) {
        case .forbidden:
            return plain(.forbidden, "Forbidden: that path leaves the site.\n", head: head)
        case .notFound:
            return notFound(snapshot, head: head)
        case .redirect(let location):
            return redirect(to: location)
        case .file(let path):
            guard snapshot.hasSite else { return noSiteYet(snapshot, head: head) }
            if snapshot.waitsForRebuild(path) {
                return plain(HTTPStatusCode(503, phrase: "Service Unavailable"),
                             "The offer is being rebuilt after a change; this file is ready in a few seconds.\n",
                             extra: [HTTPHeader("Retry-After"): "2", .cacheControl: "no-store"], head: head)
            }
            if let file = snapshot.file(at: path) {
                return serve(file, path: path, request: request, snapshot: snapshot, head: head)
            }
            if snapshot.file(at: path + "/index.html") != nil { return redirect(to: raw + "/") }
            return notFound(snapshot, head: head)
        }
    }

    private func serve(_ file: ServedFile, path: String, request: RequestHead, snapshot: SiteSnapshot, head: Bool) -> HTTPResponse {
        let html = ContentTypes.isHTML(path)
        // HTML carries the reload script (and perhaps the overlay), which change with every generation.
        let etag = html ? "\"" + file.etag.dropFirst().dropLast() + "-g\(snapshot.generation)\"" : file.etag
        let modified = html ? max(file.modified, snapshot.made) : file.modified
        var headers: HTTPHeaders = [.eTag: etag, .lastModified: HTTPDate.format(modified), .cacheControl: "no-cache"]
        if notModified(request, etag: etag, modified: modified) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        headers[.contentType] = ContentTypes.type(of: path)
        guard html else {
            // Sent from the file's own pieces, never joined into one copy.
            if head {
                headers[.contentLength] = String(file.byteCount)
                return HTTPResponse(statusCode: .ok, headers: headers)
            }
            return HTTPResponse(statusCode: .ok, headers: headers,
                                body: HTTPBodySequence(from: ServedBody(content: file.content), count: file.byteCount,
                                                       suggestedBufferSize: PreviewConnection.writePiece))
        }
        let body = LiveReload.inject(into: file.data, generation: snapshot.generation, overlay: overlay(snapshot))
        return response(.ok, headers: headers, body: body, head: head)
    }

    /// If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    private func notModified(_ request: RequestHead, etag: String, modified: Int) -> Bool {
        if let match = request.headers[.ifNoneMatch] {
            return match.split(separator: ",").contains {
                let tag = $0.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == etag || tag == "W/" + etag
            }
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) { return modified <= since }
        return false
    }

    private func overlay(_ snapshot: SiteSnapshot) -> String? {
        snapshot.errors.isEmpty ? nil : ErrorOverlay.html(snapshot.errors)
    }

    /// The site's own 404 page, with a `<base>` so its relative links work from any depth.
    private func notFound(_ snapshot: SiteSnapshot, head: Bool) -> HTTPResponse {
        guard let page = snapshot.file(at: SitePath.notFound) else {
            return snapshot.hasSite ? plain(.notFound, "Not found.\n", head: head) : noSiteYet(snapshot, head: head)
        }
        var html = String(decoding: LiveReload.inject(into: page.data, generation: snapshot.generation, overlay: overlay(snapshot)),
                          as: UTF8.self)
        if let headTag = html.range(of: "<head>", options: .caseInsensitive) {
            html.insert(contentsOf: "<base href=\"\(ErrorOverlay.escape(base))\">", at: headTag.upperBound)
        }
        return response(.notFound, headers: [.contentType: ContentTypes.type(of: "x.html"), .cacheControl: "no-cache"],
                        body: Data(html.utf8), head: head)
    }

    /// Before the first successful build: the errors, and the script that reloads when they are fixed.
    private func noSiteYet(_ snapshot: SiteSnapshot, head: Bool) -> HTTPResponse {
        let building = snapshot.errors.isEmpty
        let html = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prospectus preview</title></head><body><main>\
        <h1>\(building ? "The site is being built" : "The site has not built yet")</h1>\
        <p>\(building ? "This page reloads by itself when it is ready." : "Fix the errors listed above and save; this page reloads by itself.")</p>\
        </main></body></html>
        """
        let body = LiveReload.inject(into: Data(html.utf8), generation: snapshot.generation,
                                     overlay: building ? nil : ErrorOverlay.html(snapshot.errors))
        return response(HTTPStatusCode(503, phrase: "Service Unavailable"),
                        headers: [.contentType: ContentTypes.type(of: "x.html"), .cacheControl: "no-store"], body: body, head: head)
    }

    /// The reload script and the error panel's style sheet: the preview's own, the same all run long.
    private func ownFile(_ text: String, type: String, head: Bool) -> HTTPResponse {
        response(.ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: Data(text.utf8), head: head)
    }

    /// `{"generation": 3, "ok": false, "errors": [{"file": …, "line": 7, "column": 18, "message": …}]}`
    private func status(_ snapshot: SiteSnapshot, head: Bool) -> HTTPResponse {
        struct Status: Encodable {
            struct Problem: Encodable { var file: String, line: Int, column: Int, message: String }
            var generation: Int, ok: Bool, errors: [Problem]
        }
        let status = Status(generation: snapshot.generation, ok: snapshot.errors.isEmpty && snapshot.hasSite,
                            errors: snapshot.errors.map { .init(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                                                                message: $0.message) })
        let body = Data(((try? JSONValue(encoding: status)) ?? [:]).rendered(.compact).utf8)
        return response(.ok, headers: [.contentType: ContentTypes.type(of: "x.json"), .cacheControl: "no-store"], body: body, head: head)
    }

    private func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-cache"]))
    }

    private func plain(_ code: HTTPStatusCode, _ text: String, extra: HTTPHeaders = [:], head: Bool) -> HTTPResponse {
        var headers = extra
        headers[.contentType] = "text/plain; charset=utf-8"
        return response(code, headers: headers, body: Data(text.utf8), head: head)
    }

    /// A HEAD response has the headers of the GET, Content-Length included, and no body.
    private func response(_ code: HTTPStatusCode, headers: HTTPHeaders, body: Data, head: Bool) -> HTTPResponse {
        // Given to the connection a write piece at a time (FlyingFox's default is 4 KB).
        guard head else {
            return HTTPResponse(statusCode: code, headers: headers,
                                body: HTTPBodySequence(data: body, suggestedBufferSize: PreviewConnection.writePiece))
        }
        var headers = headers
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: code, headers: headers)
    }
}
