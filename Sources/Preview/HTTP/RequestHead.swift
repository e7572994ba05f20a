import FlyingFox

/// The request line and header fields of one HTTP/1.x request, as the client sent them.
struct RequestHead: Sendable {
    var method: HTTPMethod
    /// The target's path, still percent-encoded (`/cpd/courses/first%20aid.html`).
    var path: String
    /// The target's query, without its `?` (empty when there is none).
    var query: String
    /// The authority of an absolute-form target (`GET http://127.0.0.1:8000/ HTTP/1.1`), which
    /// takes the place of the Host field (RFC 9112 §3.2.2).
    var targetAuthority: String?
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: HTTPVersion
    var headers: HTTPHeaders
    /// The value of each Host field, in order (a request with more than one is refused).
    var hosts: [String]

    var isHTTP11: Bool { version == .http11 }

    /// Whether the connection may carry another request after this one (RFC 9112 §9.3).
    var keepAlive: Bool {
        let tokens = (headers[.connection] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return isHTTP11 ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// A body follows the header fields. The preview reads none (it answers GET and HEAD only), so
    /// the connection is closed after the response rather than the body read.
    var hasBody: Bool {
        if headers[.transferEncoding] != nil { return true }
        guard let length = headers[.contentLength] else { return false }
        return length.trimmingCharacters(in: .whitespaces) != "0"
    }
}

extension HTTPVersion {
    static let http10 = HTTPVersion("HTTP/1.0")
}
