// swift-tools-version: 6.0
import PackageDescription

// Every top-level entry other than `seeds/` and the seeds target's own folder must be excluded
// from the `DossierSeeds` target, whose path is the package root (SwiftPM copies a symlinked
// resource as a broken link, so the bundled corpus is the real top-level folder).
let seedsExcluded = [
    "Sources/DossierKit", "Sources/CLibEdit", "Sources/DossierShell", "Sources/dossier",
    "Sources/dossier-bench", "Tests", "notebooks", "docs", "scripts", "README.md",
]

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
    ],
    targets: [
        // The engine: corpus model, extraction, language, notebooks, rendering. No C, no printing.
        .target(
            name: "DossierKit",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Ink", package: "Ink")],
            path: "Sources/DossierKit"),
        // libedit, through static inline wrappers of its variadic calls.
        .systemLibrary(
            name: "CLibEdit", path: "Sources/CLibEdit", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        // The interactive shell: line editor protocol, libedit editor, REPL loop, pager.
        .target(name: "DossierShell", dependencies: ["DossierKit", "CLibEdit"], path: "Sources/DossierShell"),
        // The bundled seeds corpus as a resource.
        .target(
            name: "DossierSeeds", path: ".", exclude: seedsExcluded,
            sources: ["Sources/DossierSeeds"], resources: [.copy("seeds")]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierShell", "DossierSeeds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/dossier"),
        .executableTarget(name: "dossier-bench", dependencies: ["DossierKit"], path: "Sources/dossier-bench"),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"], path: "Tests/DossierKitTests"),
        .testTarget(
            name: "DossierShellTests", dependencies: ["DossierShell", "DossierKit"], path: "Tests/DossierShellTests"),
    ],
    swiftLanguageModes: [.v6]
)
