import Foundation
@testable import Preview
import Testing

@Suite("Content digests")
struct ContentDigestTests {
    @Test("equal bytes give equal digests; any changed, added or removed byte gives another")
    func digests() {
        let text = Data("---\ntitle: First Aid at Work\ncode: FA-201\n---\nBody.\n".utf8)
        #expect(ContentDigest(text) == ContentDigest(Data(text)))
        var seen: Set<[Int]> = []
        func key(_ digest: ContentDigest) -> [Int] { [digest.count, digest.first, digest.second] }
        seen.insert(key(ContentDigest(text)))
        for position in text.indices {
            var changed = text
            changed[position] ^= 0x01
            #expect(seen.insert(key(ContentDigest(changed))).inserted, "byte \(position) changed")
        }
        #expect(ContentDigest(text + Data(" ".utf8)) != ContentDigest(text))
        #expect(ContentDigest(text.dropLast()) != ContentDigest(text))
        #expect(ContentDigest(Data()) != ContentDigest(Data([0])))
        // The two hashes are independent: neither is the other.
        #expect(ContentDigest(text).first != ContentDigest(text).second)
    }
}
