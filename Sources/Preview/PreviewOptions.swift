import Site

/// What `prospectus serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    /// The content, theme and (read-only, for the change history) output folders.
    public var build: BuildOptions
    /// The address to listen on: loopback unless asked otherwise.
    public var host: String
    /// 0 picks a free port.
    public var port: UInt16
    /// The sub-path the site is served under, `/` or e.g. `/cpd/` (always with both slashes).
    public var base: String
    /// Watch the content and theme and rebuild on change.
    public var watch: Bool
    /// Request sizes and connection timeouts.
    public var limits: ServerLimits

    public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000, base: String = "/", watch: Bool = true,
                limits: ServerLimits = .standard) {
        self.build = build
        self.host = host
        self.port = port
        self.base = PreviewOptions.normalisedBase(base)
        self.watch = watch
        self.limits = limits
    }

    /// `cpd`, `/cpd` and `/cpd/` all mean `/cpd/`; empty means `/`.
    public static func normalisedBase(_ base: String) -> String {
        let segments = base.split(separator: "/").filter { !$0.isEmpty }
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }
}
