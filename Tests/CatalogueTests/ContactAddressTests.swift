import Catalogue
import Foundation
import TestSupport
import Testing

/// `contact` and `partners.contact` are put into every footer's `mailto:` link, so they must be a
/// plain address: `?bcc=…` would copy every email to someone else, and quotes or brackets would
/// break the page.
@Suite("Contact email addresses")
struct ContactAddressTests {
    /// The valid fixture with its `contact:` line replaced by `line`; site.yml's diagnostics.
    func site(contact line: String, partners: Bool = false) throws -> [Diagnostic] {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            var text = try String(contentsOf: site, encoding: .utf8)
            if partners { text += "partners:\n  " + line + "\n" } else {
                text = text.replacingOccurrences(of: "contact: cpd@testbridge.example", with: line)
            }
            try text.write(to: site, atomically: true, encoding: .utf8)
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
                .filter { $0.location.file == "Content/site.yml" }
        }
    }

    static let onlyTheAddress = "write only the address, e.g. cpd@example.org; the footer link adds nothing else"

    @Test("anything that is not a plain address is an error at the character that is wrong", arguments: [
        ("contact: cpd@trust.example?bcc=attacker@evil.example&subject=Hi", 27, "an email address cannot hold '?': \(onlyTheAddress)"),
        (#"contact: "\"><script>alert(1)</script>@x.example""#, 10, "an email address cannot hold '\"': \(onlyTheAddress)"),
        ("contact: javascript:alert(1)//@x.example", 20, "an email address cannot hold ':': \(onlyTheAddress)"),
        ("contact: a@b", 12, "the part after the '@' must be a whole domain with a dot, such as example.org, not 'b'"),
        ("contact: mailto:cpd@trust.example?subject=Hi", 34, "an email address cannot hold '?': \(onlyTheAddress)"),
        ("contact: cpd@trust.example, head@trust.example", 27, "an email address cannot hold ',': \(onlyTheAddress)"),
        ("contact: cpd@@trust.example", 14, "an email address has one '@', this has 2: \(onlyTheAddress)"),
        ("contact: cpd@trust_office.example", 19, "the part after the '@' cannot hold '_': it is a domain such as example.org"),
        ("contact: cpd@trust..example", 14, "the part after the '@' has an empty piece between dots: it is a domain such as example.org"),
        ("contact: <cpd@trust.example>", 10, "an email address cannot hold '<': \(onlyTheAddress)"),
        ("contact: cpd%40evil.example@trust.example", 13, "an email address cannot hold '%': \(onlyTheAddress)"),
        ("contact: cpd..x@trust.example", 15, "the part before the '@' cannot start or end with a dot, or have two dots together: \(onlyTheAddress)"),
    ])
    func refused(line: String, column: Int, message: String) throws {
        let diagnostics = try site(contact: line)
        #expect(diagnostics.map(\.place) == ["Content/site.yml:5:\(column)"])
        #expect(diagnostics.first?.message == message)
        #expect(diagnostics.first?.keyPath == "contact")
        #expect(diagnostics.first?.suggestion == "write the address staff should write to, e.g. contact: cpd@example.org")
    }

    @Test("partners.contact is checked by the same rule")
    func partnerContact() throws {
        let diagnostics = try site(contact: "contact: partners@trust.example?bcc=x@evil.example", partners: true)
        #expect(diagnostics.map(\.place) == ["Content/site.yml:19:34"])
        #expect(diagnostics.first?.keyPath == "partners.contact")
    }

    @Test("plain addresses are accepted, international ones too", arguments: [
        "contact: cpd@testbridge.example", "contact: mailto:cpd@testbridge.example", "contact: o'brien.j+cpd@testbridge.example",
        "contact: first_last.x-y@sub.testbridge-trust.example", "contact: zoë@école.example", #"contact: "cpd@testbridge.example""#,
    ])
    func accepted(line: String) throws {
        #expect(try site(contact: line).map(\.summary) == [])
    }
}
