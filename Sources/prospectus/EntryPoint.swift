import CMemory
import Foundation

/// The process's entry point: tunes the heap for the commands that run once, then runs the command.
@main
enum Main {
    static func main() async {
        if let problem = RawArguments.problem(RawArguments.current()) {
            FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
            exit(1)
        }
        if HeapUse.keepsFreedMemory(arguments: CommandLine.arguments) {
            _ = prospectus_keep_freed_memory_until_exit()
        }
        await Prospectus.main()
    }
}

/// Which commands keep the memory they free until they exit (faster: no page is given back to the
/// system and faulted in again) — all but `serve`, which runs for hours.
enum HeapUse {
    static func keepsFreedMemory(arguments: [String]) -> Bool {
        arguments.dropFirst().first != "serve"
    }
}
