// swift-tools-version:6.0
import PackageDescription

let yams: Target.Dependency = .product(name: "Yams", package: "Yams")

let package = Package(
    name: "Prospectus",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "prospectus", targets: ["prospectus"]),
        .library(name: "Catalogue", targets: ["Catalogue"]),
        .library(name: "Site", targets: ["Site"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    // In pipeline order: each module depends only on ones above it.
    targets: [
        // Work on every core (`parallelMap`) and the one lock type (`Locked`); `package` access only.
        .target(name: "Parallel"),
        // JSON written one way: deterministic `JSONValue`, Codable values through it; `package` access only.
        .target(name: "JSON"),
        // Debian's libcmark (the CommonMark reference implementation), found with pkg-config.
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // Safe CommonMark rendering and link inspection; the only module that sees cmark.
        .target(name: "Markdown", dependencies: ["CCMark"]),
        // Content/ → typed catalogue model, with diagnostics that carry file:line:column.
        .target(name: "Catalogue", dependencies: ["Parallel", "Markdown", yams]),
        // `prospectus rollover`: next year's content from this year's, edited as text so comments survive.
        .target(name: "Rollover", dependencies: ["Parallel", "Catalogue", yams]),
        // The theme's template language: Mustache compiled once into a tree, typed values; `Locked` for its field-name numbers.
        .target(name: "Templates", dependencies: ["Parallel"]),
        // Atomic exchange of two folders (renameat2), so a published Output/ is replaced in one step.
        .target(name: "CAtomicSwap"),
        // The heap's settings: free pages back to the system (malloc_trim) for the long-running preview,
        // freed memory kept for reuse by the commands that run once (build, check, …).
        .target(name: "CMemory"),
        // Catalogue + Theme → site plan → Output/ (written atomically).
        .target(name: "Site", dependencies: ["Parallel", "JSON", "Catalogue", "CAtomicSwap", "Templates"]),
        // Form downloads (Microsoft Forms' .xlsx, Google Forms' .csv) read as tables of text; no dependencies.
        .target(name: "Spreadsheets"),
        // Bookings and evaluations from those downloads, matched to the catalogue's sessions by code and date.
        .target(name: "Uptake", dependencies: ["Catalogue", "Spreadsheets"]),
        // `prospectus report`: the offer's shape, its gaps and who it reaches, for the CPD lead and the board.
        .target(name: "Report", dependencies: ["Parallel", "JSON", "Catalogue", "Uptake", "Templates", "Site"]),
        // `prospectus serve`: live preview on 127.0.0.1 (HTTP server, watcher, incremental rebuilds, reload).
        .target(name: "Preview", dependencies: [
            "Parallel", "JSON", "Markdown", "Catalogue", "Templates", "Site", "CMemory", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        // What the command line prints: diagnostics as compilers show them (ANSI colour), counts, JSON.
        .target(name: "Terminal", dependencies: ["JSON", "Catalogue"]),
        // The command line: thin, parses options and calls the libraries.
        .executableTarget(name: "prospectus", dependencies: [
            "Catalogue", "Rollover", "Site", "Uptake", "Report", "Preview", "Terminal", "CMemory",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // What the test targets share: fixture paths, temporary folders, folder snapshots.
        .target(name: "TestSupport", dependencies: ["Parallel", "Catalogue"], path: "Tests/TestSupport"),
        // Each module's tests, in the same order.
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        // The model, reading and checks; the formatter too, where they check what editors read.
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Terminal", "TestSupport", yams]),
        .testTarget(name: "RolloverTests", dependencies: ["Rollover", "Catalogue", "TestSupport"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        .testTarget(name: "SiteTests", dependencies: ["Parallel", "JSON", "Site", "Catalogue", "Rollover", "Templates", "Terminal", "TestSupport"]),
        .testTarget(name: "SpreadsheetsTests", dependencies: ["Spreadsheets", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "UptakeTests", dependencies: ["Uptake", "Spreadsheets", "Catalogue", "TestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Uptake", "Catalogue", "Site", "JSON", "TestSupport"]),
        // Run on their own, one at a time (see the Makefile's `test`).
        .testTarget(name: "PreviewTests", dependencies: [
            "Preview", "Site", "Catalogue", "Parallel", "TestSupport", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Catalogue"]),
        // The command line's own tests (its options and help, `new`'s names), on the executable target.
        .testTarget(name: "ProspectusTests", dependencies: ["prospectus", "Catalogue", "Terminal", "Spreadsheets", "TestSupport"]),
        // Whole builds: determinism, fuzzing, hostile content, output safety.
        .testTarget(name: "ReliabilityTests", dependencies: ["JSON", "Catalogue", "Site", "Markdown", "Parallel", "Terminal", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
