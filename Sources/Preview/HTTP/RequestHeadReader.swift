import FlyingFox

/// Reads one request's line and header fields from bytes as they arrive on a connection.
///
/// Each byte is looked at once (the search for a line's end resumes where the last one stopped),
/// and a request line or field section longer than the limits is refused as soon as it is seen to
/// be too long, without waiting for its end, so the bytes held per connection stay bounded and a
/// long request costs time in proportion to the limit, not to what the client sends.
struct RequestHeadReader {
    /// Why a request is refused before it reaches the site.
    enum Failure: Error, Equatable, Sendable {
        /// 414: the request line is longer than `ServerLimits.requestLineBytes`.
        case uriTooLong
        /// 431: the header fields are more or longer than the limits allow.
        case headersTooLarge
        /// 505: a version other than HTTP/1.0 and HTTP/1.1.
        case versionNotSupported
        /// 400, with the reason.
        case badRequest(String)
    }

    enum Outcome {
        case needMore
        case head(RequestHead)
        case failed(Failure)
    }

    private struct RequestLine {
        var method: HTTPMethod, path: String, query: String, authority: String?, version: HTTPVersion
    }

    let limits: ServerLimits
    private var buffer: [UInt8] = []
    /// Where the line being read starts in `buffer`.
    private var lineStart = 0
    /// How far `buffer` has been searched for a line feed.
    private var scanned = 0
    private var requestLine: RequestLine?
    private var headers = HTTPHeaders()
    private var hosts: [String] = []
    private var fieldCount = 0
    private var fieldBytes = 0
    private var blankLines = 0

    init(limits: ServerLimits) { self.limits = limits }

    /// Some of a request has arrived (beyond what the requests before it used).
    var hasPartialRequest: Bool { lineStart < buffer.count || requestLine != nil || blankLines > 0 }

    mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// The next request's head when all of it has arrived; bytes after it stay for the next request.
    mutating func next() -> Outcome {
        while true {
            guard let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) else {
                scanned = buffer.count
                let pending = buffer.count - lineStart
                if requestLine == nil {
                    if pending > limits.requestLineBytes + 1 { return .failed(.uriTooLong) }
                } else if fieldBytes + pending > limits.headerBytes + 1 {
                    return .failed(.headersTooLarge)
                }
                return .needMore
            }
            var lineEnd = end
            if lineEnd > lineStart, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = buffer[lineStart..<lineEnd]
            lineStart = end + 1
            scanned = lineStart
            guard requestLine != nil else {
                if line.isEmpty {
                    // RFC 9112 §2.2: ignore an empty line or two before the request line.
                    blankLines += 1
                    if blankLines > 2 { return .failed(.badRequest("empty lines instead of a request")) }
                    continue
                }
                if line.count > limits.requestLineBytes { return .failed(.uriTooLong) }
                switch Self.parseRequestLine(line) {
                case .success(let parsed): requestLine = parsed
                case .failure(let failure): return .failed(failure)
                }
                continue
            }
            if line.isEmpty { return .head(finish()) }
            fieldBytes += line.count + 2
            fieldCount += 1
            if fieldBytes > limits.headerBytes || fieldCount > limits.headerCount { return .failed(.headersTooLarge) }
            if let failure = addField(line) { return .failed(failure) }
        }
    }

    private mutating func finish() -> RequestHead {
        let line = requestLine!
        let head = RequestHead(method: line.method, path: line.path, query: line.query, targetAuthority: line.authority,
                               version: line.version, headers: headers, hosts: hosts)
        buffer = Array(buffer[lineStart...])
        (lineStart, scanned, requestLine, headers, hosts) = (0, 0, nil, HTTPHeaders(), [])
        (fieldCount, fieldBytes, blankLines) = (0, 0, 0)
        return head
    }

    private mutating func addField(_ line: ArraySlice<UInt8>) -> Failure? {
        guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else {
            return .badRequest("a header field continued on another line (obsolete line folding)")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              line[..<colon].allSatisfy(Self.isTokenByte) else {
            return .badRequest("a header field without a valid name")
        }
        var value = line[line.index(after: colon)...]
        while let byte = value.first, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { value = value.dropFirst() }
        while let byte = value.last, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { value = value.dropLast() }
        guard !value.contains(where: { $0 == 0 || $0 == UInt8(ascii: "\r") }) else {
            return .badRequest("a header field with a control character in its value")
        }
        let name = HTTPHeader(String(decoding: line[..<colon], as: UTF8.self))
        let text = String(decoding: value, as: UTF8.self)
        if name == .host { hosts.append(text) }
        if name == .contentLength, let earlier = headers[.contentLength], earlier != text {
            return .badRequest("two different Content-Length fields")
        }
        headers.addValue(text, for: name)
        return nil
    }

    /// `METHOD SP target SP HTTP/1.x`, with single spaces (RFC 9112 §3).
    private static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<RequestLine, Failure> {
        let space = UInt8(ascii: " ")
        guard let firstSpace = line.firstIndex(of: space), let lastSpace = line.lastIndex(of: space), firstSpace < lastSpace else {
            return .failure(.badRequest("the request line is not METHOD TARGET HTTP/1.1"))
        }
        let method = line[..<firstSpace]
        let target = line[(firstSpace + 1)..<lastSpace]
        let version = String(decoding: line[(lastSpace + 1)...], as: UTF8.self)
        guard !method.isEmpty, method.allSatisfy(isTokenByte) else { return .failure(.badRequest("the method is not a token")) }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.badRequest("the target has spaces, control characters or bytes outside ASCII"))
        }
        let parsedVersion: HTTPVersion
        switch version {
        case "HTTP/1.1": parsedVersion = .http11
        case "HTTP/1.0": parsedVersion = .http10
        default:
            let digits = Array(version.utf8.dropFirst(5))
            if version.hasPrefix("HTTP/"), digits.count == 3, digits[1] == UInt8(ascii: "."),
               digits[0] >= UInt8(ascii: "0"), digits[0] <= UInt8(ascii: "9"), digits[2] >= UInt8(ascii: "0"), digits[2] <= UInt8(ascii: "9") {
                return .failure(.versionNotSupported)
            }
            return .failure(.badRequest("the request line does not end with HTTP/1.1"))
        }
        var text = String(decoding: target, as: UTF8.self)
        var authority: String?
        if !text.hasPrefix("/"), text != "*" {
            let lower = text.lowercased()
            guard let scheme = ["http://", "https://"].first(where: { lower.hasPrefix($0) }) else {
                return .failure(.badRequest("the target is neither a path nor an http URL"))
            }
            let rest = text.dropFirst(scheme.count)
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            authority = String(rest[..<end])
            text = rest[end...].hasPrefix("/") ? String(rest[end...]) : "/" + rest[end...]
        }
        let query = text.firstIndex(of: "?")
        return .success(RequestLine(method: HTTPMethod(String(decoding: method, as: UTF8.self)),
                                    path: query.map { String(text[..<$0]) } ?? text,
                                    query: query.map { String(text[text.index(after: $0)...]) } ?? "",
                                    authority: authority, version: parsedVersion))
    }

    /// RFC 9110 §5.6.2 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
