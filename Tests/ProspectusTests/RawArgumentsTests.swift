@testable import prospectus
import Testing

/// An argument that is not UTF-8 reached Swift with U+FFFD in place of its bad bytes, and
/// `publish --to $'\xfe/site'` wrote to a new folder named "�/site". It is refused, shown with its
/// bytes.
@Suite("Arguments that are not UTF-8")
struct RawArgumentsTests {
    @Test("UTF-8 arguments pass, whatever their letters")
    func utf8() {
        let arguments = ["publish", "--to", "/srv/Formación €/site", "--output", "Output", "名前", "\t"].map { Array($0.utf8) }
        #expect(RawArguments.problem(arguments) == nil)
        #expect(RawArguments.problem([]) == nil)
    }

    @Test("the first argument that is not UTF-8 is refused, its bad bytes written \\xFE and control characters named")
    func refused() throws {
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9, 0x1B] + Array("/site".utf8)
        let message = try #require(RawArguments.problem([Array("publish".utf8), Array("--to".utf8), latin1, [0xFE]]))
        #expect(message.hasPrefix("the argument 'caf\\xE9U+001B/site' given to --to is not UTF-8 text"), "\(message)")
        #expect(RawArguments.problem([Array("new".utf8), [0xE9]])?.hasPrefix("the argument '\\xE9' is not UTF-8 text") == true)
        #expect(message.contains("rename it to a UTF-8 name"))
        // A truncated character, an overlong encoding and a lone continuation byte.
        #expect(RawArguments.shown([0x61, 0xE2, 0x82]) == "a\\xE2\\x82")
        #expect(RawArguments.shown([0xC0, 0xAF, 0x80]) == "\\xC0\\xAF\\x80")
        #expect(RawArguments.shown(Array("é€😀".utf8)) == "é€😀")
    }
}
