@testable import Site
import Testing

@Suite("Paths the output may write")
struct SafeRelativePathTests {
    @Test("relative paths of named files and folders are allowed", arguments: [
        "index.html", "courses/first-aid.html", "calendars/sessions/a-2026-10-14.ics", "assets/site.css", "...", "a/.../b", ".well-known/x",
        "a/.b", "café/é.html",
    ])
    func allowed(_ path: String) {
        #expect(OutputWriter.isSafeRelativePath(path))
    }

    @Test("empty, absolute, dot and dot-dot components, and backslashes are refused", arguments: [
        "", "/", "/etc/passwd", "a//b", "a/", "./a", "a/./b", "..", "../a", "a/../b", "a/..", ".", "a\\\\b", "..\\\\a", "a/b\\\\",
        "\\\\server\\\\share", "a/\\\\u{301}", "\\\\\\u{301}",
    ])
    func refused(_ path: String) {
        #expect(!OutputWriter.isSafeRelativePath(path))
    }
}
