// swift-tools-version:6.0
import PackageDescription

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
    targets: [
        // Debian's libcmark (the CommonMark reference implementation), found with pkg-config.
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Safe CommonMark rendering and link inspection; the only module that sees cmark.
        .target(name: "Markdown", dependencies: ["CCMark"]),
        // Content/ → typed catalogue model, with diagnostics that carry file:line:column.
        .target(name: "Catalogue", dependencies: ["Markdown", .product(name: "Yams", package: "Yams")]),
        // The theme's template language: Mustache compiled once into a tree, typed values, no dependencies.
        .target(name: "Templates"),
        // Atomic exchange of two folders (renameat2), so a published Output/ is replaced in one step.
        .target(name: "CAtomicSwap"),
        // Catalogue + Theme → site plan → Output/ (written atomically).
        .target(name: "Site", dependencies: ["Catalogue", "CAtomicSwap", "Templates"]),
        // `prospectus serve`: live preview on 127.0.0.1 (HTTP server, watcher, incremental rebuilds, reload).
        .target(name: "Preview", dependencies: ["Site", "Catalogue", "Templates", .product(name: "FlyingFox", package: "FlyingFox")]),
        // The command line: thin, parses options and calls the libraries.
        .executableTarget(
            name: "prospectus",
            dependencies: ["Catalogue", "Site", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the test targets share: fixture paths, temporary folders, folder snapshots.
        .target(name: "TestSupport", dependencies: ["Catalogue"], path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Catalogue", "TestSupport"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "TestSupport"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Catalogue", "Templates", "TestSupport"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["Catalogue", "Site", "Markdown", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// `prospectus serve` lives in Preview (added here, not in the line above, so the target list merges cleanly).
package.targets.first { $0.name == "prospectus" }?.dependencies.append("Preview")

// The command line's own tests (its options and help), on the executable target.
package.targets.append(.testTarget(name: "ProspectusTests", dependencies: ["prospectus"]))
