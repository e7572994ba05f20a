/// Why the preview could not start.
public enum PreviewError: Error, Sendable, CustomStringConvertible {
    case portInUse(host: String, port: UInt16)
    case cannotListen(host: String, port: UInt16, reason: String)
    case badHost(String)
    case watch(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            return "port \(port) is already in use on \(host) (is another preview or server running?); "
                + "choose another with --port, or --port 0 to pick a free one"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason)"
        case .badHost(let host):
            return "'\(host)' is not an IP address to listen on (e.g. 127.0.0.1, 0.0.0.0 or ::1)"
        case .watch(let reason):
            return "cannot watch the content for changes: \(reason)"
        }
    }
}
