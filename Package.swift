// swift-tools-version: 6.0
import PackageDescription

// Every top-level entry other than `seeds/` and the seeds target's own folder must be excluded
// from the `DossierSeeds` target, whose path is the package root (SwiftPM copies a symlinked
// resource as a broken link, so the bundled corpus is the real top-level folder).
let seedsExcluded = [
    "Sources/DossierModel", "Sources/DossierExtraction", "Sources/DossierLanguage", "Sources/DossierRendering",
    "Sources/DossierNotebook", "Sources/DossierKit", "Sources/CLibEdit", "Sources/CRE2", "Sources/DossierShell", "Sources/dossier",
    "Sources/dossier-bench", "Sources/dossier-train", "Tests", "notebooks", "docs", "scripts", "README.md",
]

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .executable(name: "dossier-train", targets: ["dossier-train"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
    ],
    targets: [
        // The engine, in layers the compiler enforces (each imports only the ones above it here).
        // No printing; C only through CRE2 and swift-crypto. Corpus model: documents, tokens, postings,
        // the stored model and its freshness index; support types.
        .target(
            name: "DossierModel", dependencies: ["CRE2", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/DossierModel",
            resources: [.copy("Corpus/Resources")]),
        // RE2 (linear-time regular expressions, Debian's libre2-dev) behind a small C interface:
        // every user regex runs on it, so no pattern can hang a search.
        .target(name: "CRE2", path: "Sources/CRE2", linkerSettings: [.linkedLibrary("re2")]),
        // Entities, quotes, dates, figures, roles, curation, read from the corpus model.
        .target(name: "DossierExtraction", dependencies: ["DossierModel"], path: "Sources/DossierExtraction"),
        // The pipeline language: lexer, parser, evaluator, values, tables, verbs, session.
        .target(
            name: "DossierLanguage",
            dependencies: ["DossierModel", "DossierExtraction", .product(name: "Yams", package: "Yams")],
            path: "Sources/DossierLanguage"),
        // Terminal, CSV, JSON, Markdown and SVG renderers of language values.
        .target(
            name: "DossierRendering", dependencies: ["DossierModel", "DossierExtraction", "DossierLanguage"],
            path: "Sources/DossierRendering"),
        // Notebooks: files, replay, journal, export.
        .target(
            name: "DossierNotebook",
            dependencies: [
                "DossierModel", "DossierExtraction", "DossierLanguage", "DossierRendering", .product(name: "Ink", package: "Ink"),
            ],
            path: "Sources/DossierNotebook"),
        // The umbrella that re-exports the five layers.
        .target(
            name: "DossierKit",
            dependencies: ["DossierModel", "DossierExtraction", "DossierLanguage", "DossierRendering", "DossierNotebook"],
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
        // Trains the tagger's weights from UD/UNER treebank files (see README: Tagger).
        .executableTarget(name: "dossier-train", dependencies: ["DossierModel"], path: "Sources/dossier-train"),
        // Fixtures shared by the layers' tests: the seeds corpus, the gold annotation, extraction helpers.
        .target(
            name: "DossierTestSupport", dependencies: ["DossierModel", "DossierExtraction"], path: "Tests/DossierTestSupport"),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel", "DossierTestSupport"], path: "Tests/DossierModelTests"),
        .testTarget(name: "DossierExtractionTests", dependencies: ["DossierModel", "DossierExtraction", "DossierTestSupport"], path: "Tests/DossierExtractionTests"),
        .testTarget(name: "DossierLanguageTests", dependencies: ["DossierModel", "DossierExtraction", "DossierLanguage", "DossierTestSupport"], path: "Tests/DossierLanguageTests"),
        .testTarget(name: "DossierRenderingTests", dependencies: ["DossierModel", "DossierExtraction", "DossierLanguage", "DossierRendering", "DossierTestSupport"], path: "Tests/DossierRenderingTests"),
        .testTarget(name: "DossierNotebookTests", dependencies: ["DossierModel", "DossierExtraction", "DossierLanguage", "DossierRendering", "DossierNotebook", "DossierTestSupport"], path: "Tests/DossierNotebookTests"),
        .testTarget(
            name: "DossierShellTests", dependencies: ["DossierShell", "DossierKit"], path: "Tests/DossierShellTests"),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
