import Foundation

/// The example sentences of the files `prospectus new` writes. A file that still holds one would
/// publish the template as it is (a course with `groups: all` on every group's page), so each is an
/// error until replaced; a new course starts as a draft, and is checked for them once it is not.
public enum StarterText {
    public static let courseSummary = "One sentence that tells staff what they will get from this course."
    public static let courseBody = "Describe the course here: what staff will learn, who it is for, and what to bring."
    public static let groupSummary = "Who is in this group, in one sentence."
    public static let groupBody = "Who this group is, and how its development is organised."
    public static let pathwaySummary = "One sentence on who this pathway is for and where it leads."
    public static let stepSummary = "What this step is for."
    public static let pathwayBody = "Introduce the pathway here."
    public static let pageBody = "Write the page here."

    static let settings: Set<String> = [courseSummary, groupSummary, pathwaySummary, stepSummary]
    static let bodies: Set<String> = [courseBody, groupBody, pathwayBody, pageBody]
}

extension MappingReader {
    /// An error when `key` still holds the example text of `prospectus new`.
    /// `draftable`: the file may be a draft (a course), which the suggestion mentions.
    func rejectStarterText(_ key: String, draftable: Bool = false) {
        guard let node = value(key), let text = node.scalar?.string.trimmed(newlines: true), StarterText.settings.contains(text) else { return }
        log.error(.starterText, "'\(key)' is still the example text of 'prospectus new', which would be published as it is", at: node,
                  keyPath: keyPath(key),
                  suggestion: "write your own \(key) in place of '\(text)'" + (draftable ? ", or put back draft: true until the course is ready" : ""))
    }
}

extension ContentFile {
    /// An error at the first line of the body that is still the example text of `prospectus new`.
    func rejectStarterBody() {
        // The example is the body's first paragraph: nothing to look for in any other body.
        guard StarterText.bodies.contains(where: body.plainText.hasPrefix) else { return }
        var line = bodyLineOffset + 1
        while let text = log.file.line(line) {
            if StarterText.bodies.contains(text.trimmingCharacters(in: .whitespaces)) {
                log.append(.error(.starterText, at: log.file.location(line: line, column: 1), keyPath: "body",
                                  "the description is still the example text of 'prospectus new', which would be published as it is",
                                  suggestion: "replace the text below the closing '---' with your own"))
                return
            }
            line += 1
        }
    }
}
