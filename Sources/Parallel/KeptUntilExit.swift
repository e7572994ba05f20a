/// What a one-shot command (`build`, `check`) keeps until its process exits instead of freeing.
///
/// A 20,000-course build ends holding about 600 MB of catalogue, cards and plans in millions of
/// small objects. Freeing them one by one, on one core, after the site is published took a quarter
/// of a second of the build's wall time, for memory the system takes back at once when the process
/// exits (compilers skip the same work for the same reason: clang's `-disable-free`). Only commands
/// that exit right after use it; the preview, the tests and anything long-running free as usual.
package enum KeptUntilExit {
    private static let kept = Locked<[any Sendable]>([])

    /// Keeps `value` (and all it references) alive until the process exits.
    package static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }

    /// How many values are kept (for tests).
    package static var count: Int { kept.withLock { $0.count } }
}
