/// Which `Host` a request may name, so that a web page elsewhere cannot read the preview through
/// DNS rebinding (its requests name the attacker's domain, which resolves to this computer).
///
/// Allowed: `localhost`, `127.0.0.1`, `[::1]`, the address given with `--host`, and the address the
/// connection arrived at (for a wildcard listener such as `0.0.0.0`, the computer's own IP address),
/// each with or without the listening port. A port other than the one listened on is refused too.
///
/// A request without a Host field: HTTP/1.1 requires one (400 Bad Request). An HTTP/1.0 request
/// without one is answered on a loopback listener only: a browser always sends Host, so such a
/// request comes from a program on this computer (`curl -0`, a script), never from a web page.
struct HostPolicy: Sendable {
    let port: UInt16
    /// Lower-cased host names and addresses, IPv6 ones in brackets.
    let names: Set<String>
    /// The listener accepts connections from this computer only (127.0.0.0/8 or ::1).
    let loopback: Bool

    enum Verdict: Equatable {
        case allowed
        /// 421 Misdirected Request, with an explanation.
        case misdirected(String)
        /// 400 Bad Request, with an explanation.
        case bad(String)
    }

    init(listeningHost: String, port: UInt16) {
        self.port = port
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        names.insert(HostPolicy.bracketed(listeningHost.lowercased()))
        self.names = names
        let host = listeningHost.lowercased()
        loopback = host == "::1" || host == "localhost" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4)
    }

    /// - Parameter localAddress: the IP address the connection was accepted on, when known.
    func check(_ head: RequestHead, localAddress: String?) -> Verdict {
        let named: String
        if let authority = head.targetAuthority {
            named = authority
        } else if head.hosts.count > 1 {
            return .bad("The request has more than one Host header.")
        } else if let host = head.hosts.first, !host.isEmpty {
            named = host
        } else if head.isHTTP11 && head.hosts.isEmpty {
            return .bad("An HTTP/1.1 request needs a Host header.")
        } else {
            return loopback ? .allowed : .misdirected(explanation(for: nil))
        }
        guard let (name, requestPort) = HostPolicy.split(named) else { return .bad("The Host header is not a host name and port.") }
        if let requestPort, requestPort != port { return .misdirected(explanation(for: named)) }
        let lower = name.lowercased()
        if names.contains(lower) { return .allowed }
        if let localAddress, HostPolicy.bracketed(localAddress.lowercased()) == lower { return .allowed }
        if let localAddress, localAddress.lowercased().hasPrefix("::ffff:"), String(localAddress.dropFirst(7)) == lower { return .allowed }
        return .misdirected(explanation(for: named))
    }

    private func explanation(for host: String?) -> String {
        let named = host.map { "this request was addressed to \($0.count > 100 ? String($0.prefix(100)) + "…" : $0)" }
            ?? "this request named no host"
        return "Misdirected request: the Prospectus preview answers only requests addressed to it by its own address, "
            + "such as http://127.0.0.1:\(port)/ or http://localhost:\(port)/, and \(named). "
            + "This protects the preview from other web pages (DNS rebinding).\n"
    }

    /// `name` and its port from a Host value: `localhost:8000`, `[::1]:8000`, `127.0.0.1`; nil when malformed.
    static func split(_ value: String) -> (String, UInt16?)? {
        var name = Substring(value)
        var port: Substring?
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            name = value[...close]
            let rest = value[value.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                port = rest.dropFirst()
            }
        } else if let colon = value.firstIndex(of: ":") {
            name = value[..<colon]
            port = value[value.index(after: colon)...]
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "/" && $0 != "@" }) else { return nil }
        guard let port else { return (String(name), nil) }
        guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0 >= "0" && $0 <= "9" }), let number = UInt16(port) else { return nil }
        return (String(name), number)
    }

    /// An IPv6 address in brackets, as a Host field writes it; anything else as it is.
    static func bracketed(_ address: String) -> String {
        address.contains(":") && !address.hasPrefix("[") ? "[" + address + "]" : address
    }
}
