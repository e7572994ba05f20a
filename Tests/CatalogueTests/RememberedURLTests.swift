@testable import Catalogue
import Testing

/// Link checks remembered across files give the answer the check gives, the first time and after.
@Suite("Remembered link checks")
struct RememberedURLTests {
    static let addresses = ["https://www.hse.gov.uk/", "www.example.org", "javascript:alert(1)", "//cdn.example.org/x.png", "a b.pdf",
                            "mailto:cpd@example.org", "cpd@example.org", "http://192.168.0.1/", "https://exa mple.org", "files/plan.pdf", ""]

    @Test("the same problem as the check itself, asked twice", arguments: RememberedURLTests.addresses)
    func same(_ address: String) {
        for allowRelative in [true, false] {
            let expected = URLSafety.problem(with: address, allowRelative: allowRelative)
            #expect(URLSafety.rememberedProblem(with: address, allowRelative: allowRelative) == expected)
            #expect(URLSafety.rememberedProblem(with: address, allowRelative: allowRelative) == expected)
        }
    }
}
