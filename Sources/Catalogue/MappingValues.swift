import Yams

/// A mapping's values by key text, the first of duplicated keys winning, as in Yams (duplicates are
/// reported when composing). A content file's mappings hold a few dozen keys at most: a key is found
/// by comparing it with each in turn, with no table to build or hash for every mapping of every file;
/// a larger mapping gets a table.
struct MappingValues {
    /// The keys written as plain text, in file order, and each one's value.
    let keys: [String]
    private let nodes: [Node]
    private let table: [String: Int]?
    /// From how many keys a table is made.
    static let tableSize = 32

    init(keys: [String], nodes: [Node]) {
        self.keys = keys
        self.nodes = nodes
        if keys.count >= MappingValues.tableSize {
            var table: [String: Int] = [:]
            for (position, key) in keys.enumerated() where table[key] == nil { table[key] = position }
            self.table = table
        } else {
            table = nil
        }
    }

    subscript(key: String) -> Node? {
        if let table { return table[key].map { nodes[$0] } }
        for position in keys.indices where keys[position] == key { return nodes[position] }
        return nil
    }
}
