import Foundation

/// Every regular file under `folder`, by relative path, with its bytes (hidden files included):
/// what tests compare to say two builds wrote the same site, or a failed one changed nothing.
public func treeSnapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return files
    }
    for case let url as URL in enumerator {
        guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        files[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return files
}

/// The inode number of a file: equal for two paths when one is a hard link to the other, which is
/// how tests see that an unchanged file was linked from the published site rather than written again.
public func inode(_ file: URL) throws -> UInt64 {
    guard let number = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber else {
        throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: file.path])
    }
    return number.uint64Value
}
