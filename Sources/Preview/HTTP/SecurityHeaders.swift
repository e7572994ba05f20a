import FlyingFox

/// The headers that tell a browser what the site may do, sent by `prospectus serve` on every
/// response, and documented for hosting the built site in docs/hosting.md (nginx, Apache, IIS).
///
/// The built site needs nothing more: its scripts and style sheets are files of its own
/// (`assets/`), it loads nothing from elsewhere, its one form submits to itself, and the preview's
/// own additions (the reload script, the error panel's style sheet, the event stream) are files
/// and a connection on the same origin. There is no `'unsafe-inline'`.
public enum SecurityHeaders {
    /// The Content-Security-Policy of the site, as served and as docs/hosting.md gives it.
    public static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "font-src 'self'",
        "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'",
    ].joined(separator: "; ")

    /// Links to booking systems and other sites do not tell them which intranet page staff came from.
    public static let referrerPolicy = "same-origin"

    /// Every response of the preview carries these.
    static let all: [(HTTPHeader, String)] = [
        (HTTPHeader("Content-Security-Policy"), contentSecurityPolicy),
        (HTTPHeader("X-Content-Type-Options"), "nosniff"),
        (HTTPHeader("Referrer-Policy"), referrerPolicy),
    ]
}
