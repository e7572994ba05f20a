import ArgumentParser
import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A path as typed on the command line, relative to the working folder or absolute.
enum TypedPath {
    /// The folder or file it names; its last part as named, so a link there is seen (and refused
    /// where links are: the output, the history folder).
    static func url(_ path: String) -> URL {
        // Resolved by the system, not Foundation, which cannot name a working folder deeper than
        // about a kilobyte (every file would then fail to read).
        WorkingFolder.absoluteURL(path)
    }

    /// Refuses an empty or blank path given for `option`: it would name the working folder
    /// (`--history ""` wrote the history there, `--content ""` read it as content).
    /// A path holding a control character is refused too: a carriage return at its end is what a
    /// script saved with Windows line endings passes, and would name a new folder "Output\r".
    static func requireFolder(_ value: String?, option: String, example: String) throws {
        guard let value else { return }
        let invisible = value.unicodeScalars.allSatisfy {
            $0.properties.isWhitespace || [.control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator].contains($0.properties.generalCategory)
        }
        if invisible {
            ReportPrinter().note("error: \(option) needs a folder, e.g. \(option) \(example); nothing was written")
            throw ExitCode(1)
        }
        // '~/cpd' and '~root/cpd' name a home folder to the shell, which left them as typed (they
        // were quoted); a folder that only starts with '~' ('~old-site', no such user) is a name.
        if value.hasPrefix("~") {
            let user = value.dropFirst().prefix { $0 != "/" }
            let home = user.isEmpty ? NSHomeDirectory() : getpwnam(String(user))?.pointee.pw_dir.map { String(cString: $0) }
            if let home {
                let whose = user.isEmpty ? "your" : "\(user)'s"
                ReportPrinter().note("error: \(option) '\(value)' starts with '~\(user)', which the shell did not turn into \(whose) home folder "
                                     + "(it was quoted); write the whole path, e.g. \(option) \(ShellWord.quoted(home + value.dropFirst(1 + user.count))); "
                                     + "nothing was written")
                throw ExitCode(1)
            }
        }
        // A tab is allowed: a folder may be named with one (advice quotes it as $'…\x09…').
        if let control = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
            let name = ControlCharacters.name(control)
            let hint = control == "\r" ? " (a carriage return: was the script saved with Windows line endings?)" : ""
            ReportPrinter().note("error: the folder given with \(option) holds a control character, \(name)\(hint), which no folder name "
                                 + "should; write the folder's name alone, e.g. \(option) \(example); nothing was written")
            throw ExitCode(1)
        }
    }

    /// The path as the editor would type it: relative to the working folder where it is inside it.
    static func display(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }
}
