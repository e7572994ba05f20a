import Catalogue
import Parallel

/// Pieces of output made from one course (its calendar events and files, its catalogue.json
/// object, its spreadsheet rows, its search entry…), kept between the preview's rebuilds so that a
/// rebuild makes them again only for the courses that changed.
///
/// A piece is reused only when the inputs it was made from are equal to the current ones: the
/// course itself, and whatever else the caller names (another course whose title it shows). What
/// every piece depends on — the settings, groups, stages, pathways, the set of published courses
/// and "today" — is the memo's `world`: when it changes, every piece is dropped. Full builds use
/// no memo. Safe to use from many threads.
public final class CourseFragments: @unchecked Sendable {
    /// What every fragment depends on besides its own inputs.
    struct World: Equatable, Sendable {
        var today: LocalDate
        var published: Set<String>
    }

    private struct Key: Hashable {
        let kind: String
        let slug: String
    }

    private struct Entry {
        let inputs: any Sendable
        let value: any Sendable
    }

    /// What the memo holds, behind one lock.
    private struct State {
        var world: World?
        var entries: [Key: Entry] = [:]
        var hits = 0
        var misses = 0
    }

    private let state = Locked(State())

    /// Fragments reused, and made, since the rebuild began.
    var hits: Int { state.withLock { $0.hits } }
    var misses: Int { state.withLock { $0.misses } }

    public init() {}

    /// Starts a rebuild: every fragment is dropped when `everything` changed or the world differs.
    func begin(world: World, everything: Bool) {
        state.withLock { state in
            if everything || world != state.world { state.entries = [:] }
            state.world = world
            state.hits = 0
            state.misses = 0
        }
    }

    /// True when no fragment is kept.
    var isEmpty: Bool { state.withLock { $0.entries.isEmpty } }

    /// Forgets every fragment (each is made again when next asked for).
    func removeAll() {
        state.withLock { $0.entries = [:] }
    }

    /// The fragment `kind` of the course `slug` made from `inputs`: the remembered one when its
    /// inputs were equal, else `make()`'s (made outside the lock), remembered for next time.
    func fragment<Inputs: Equatable & Sendable, Value: Sendable>(_ kind: String, _ slug: String, inputs: Inputs,
                                                                  make: () -> Value) -> Value {
        let key = Key(kind: kind, slug: slug)
        if let entry = state.withLock({ $0.entries[key] }), let previous = entry.inputs as? Inputs, previous == inputs,
           let value = entry.value as? Value {
            state.withLock { $0.hits += 1 }
            return value
        }
        let value = make()
        state.withLock {
            $0.entries[key] = Entry(inputs: inputs, value: value)
            $0.misses += 1
        }
        return value
    }
}

extension ExportContext {
    /// The fragment `kind` of `course`, reused from the preview's previous rebuild when `inputs`
    /// (the course, by default) are unchanged; made afresh in a full build.
    func fragment<Value: Sendable>(_ kind: String, of course: Course, make: () -> Value) -> Value {
        fragment(kind, of: course, inputs: course, make: make)
    }

    func fragment<Inputs: Equatable & Sendable, Value: Sendable>(_ kind: String, of course: Course, inputs: Inputs,
                                                                 make: () -> Value) -> Value {
        guard let fragments else { return make() }
        return fragments.fragment(kind, course.slug, inputs: inputs, make: make)
    }
}

/// Two inputs of a fragment, compared together.
struct FragmentInputs<First: Equatable & Sendable, Second: Equatable & Sendable>: Equatable, Sendable {
    let first: First
    let second: Second

    init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }
}
