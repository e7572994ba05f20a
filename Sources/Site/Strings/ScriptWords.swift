import JSON

/// The words `site.js` and `search.js` write as a page is used ("Showing 9 of 75 courses", "Add to my
/// plan"…), in the theme's words: every page carries them as a JSON object (`layout.scriptWords`,
/// in `<script type="application/json" id="prospectus-words">`), keyed as in `strings.yml`, with
/// their `{placeholders}` left for the scripts to fill.
enum ScriptWords {
    /// The keys the scripts use: the `scripts` group, and the few other words they share with the pages.
    static let keys: [String] = DefaultStrings.entries.map(\.key).filter { $0.hasPrefix("scripts.") }
        + ["counts.courses.one", "counts.courses.other", "counts.sessions.one", "counts.sessions.other", "course.book_context", "dates.time_range"]

    /// The JSON object of `keys` and their texts, safe inside an HTML `<script>` element.
    static func json(_ strings: SiteStrings) -> String {
        JSONValue.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.string(strings.unfilled($0))) })).rendered(.script)
    }
}
