extension SiteSettings {
    /// An email address for staff (`contact`) or partner schools (`partners.contact`): `mailto:` is
    /// dropped, and anything that is not an address is an error at the value.
    static func readContact(_ reader: MappingReader, _ key: String, required: Bool, example: String, for who: String) -> String? {
        guard var contact = reader.string(key, required: required, example: example) else { return nil }
        if contact.lowercased().hasPrefix("mailto:") { contact = String(contact.dropFirst("mailto:".count)) }
        guard let at = contact.lastIndex(of: "@"), at > contact.startIndex, contact.index(after: at) < contact.endIndex,
              !contact.contains(where: \.isWhitespace) else {
            reader.log.error("'\(contact)' is not an email address", at: reader.value(key), keyPath: reader.keyPath(key),
                             suggestion: "write the address \(who) should write to, e.g. \(key): \(example)")
            return nil
        }
        return contact
    }
}
