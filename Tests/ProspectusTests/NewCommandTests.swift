import Catalogue
@testable import prospectus
import Testing

/// `prospectus new` refuses a name that cannot be a web address with a name that can.
@Suite("The new command's names")
struct NewCommandTests {
    @Test("`prospectus new` with a long name suggests a valid one")
    func newFileName() throws {
        let long = (1...30).map { "word\($0)" }.joined(separator: "-")
        let problem = try #require(NewFileTemplate.problem(withSlug: long))
        let suggested = try #require(problem.split(separator: "'").last.map(String.init))
        #expect(suggested != long && Slug.isValid(suggested), "\(problem)")
    }
}
