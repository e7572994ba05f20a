/// Who a free page is written for (`audience:` in its front matter).
public enum PageAudience: String, Sendable, CaseIterable {
    /// Every edition carries the page (the default).
    case everyone
    /// The trust's own staff only: the partner schools' edition leaves the page, and every link to it, out.
    case staff

    /// Whether the page belongs in `edition`.
    public func includes(_ edition: Edition) -> Bool {
        switch self {
        case .everyone: true
        case .staff: edition == .staff
        }
    }
}
