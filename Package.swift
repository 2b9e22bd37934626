// swift-tools-version:6.1
// Baocao: an embeddable, plugin-driven reporting framework for directives and the reports they demand.
import PackageDescription

let package = Package(
    name: "Baocao",
    platforms: [.macOS(.v13)],
    products: [
        /// The library embedders depend on: the model, workspaces, the scheduler and the plugin host.
        .library(name: "Baocao", targets: ["Baocao"]),
        /// The command-line host that province officials run over a workspace.
        .executable(name: "baocao", targets: ["BaocaoCLI"]),
        /// What one plugin hook call costs: raw C API, bridge, sandbox, read-only views.
        .executable(name: "hook-benchmark", targets: ["HookBenchmark"]),
        /// What rendering a province's report to DOCX costs, beside pandoc.
        .executable(name: "document-benchmark", targets: ["DocumentBenchmark"]),
        /// The national pipeline on a synthetic national workspace, beside sqlite3.
        .executable(name: "national-benchmark", targets: ["NationalBenchmark"]),
        /// Import accuracy over the fixtures in Tests/Fixtures/import: found-correct, found-wrong, missing per field.
        .executable(name: "import-accuracy", targets: ["ImportAccuracy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The web portal (`baocao serve`); no default traits: the portal needs neither
        // swift-configuration nor the full-Foundation extras.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Both already come with Hummingbird; the portal names them: its own threads for blocking
        // work (NIOThreadPool) and its shutdown (ServiceGroup, gracefulShutdown).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.8.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // `swift package generate-documentation --target Baocao` (the DocC catalog in Sources/Baocao).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        /// Lua 5.4 from the system (Debian: liblua5.4-dev).
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"]), .brew(["lua"])]
        ),
        /// The project's own C shim: the plugin sandbox (allocator cap, count hook, read-only views,
        /// the trampoline for Swift functions), bounded pattern matching, wrappers for Lua's
        /// function-like macros; the only code that raises Lua errors, so that no `longjmp` ever
        /// crosses a Swift frame.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        /// The model: organisations, directives, obligations, indicators, submissions, workspaces,
        /// and the scheduler with the `ScheduleRules` plugins implement. No Lua in it.
        .target(
            name: "BaocaoCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        /// The plugin host: sandboxed Lua states, plugin manifests and chains, the `baocao` module,
        /// the runner of plugins' own tests.
        .target(
            name: "BaocaoLua",
            dependencies: ["CLuaShim", "BaocaoCore", "BaocaoImport", .product(name: "Yams", package: "Yams")]
        ),
        /// The embedded store: submissions and every resubmission, with the file each came from, in
        /// SQLite (GRDB) at `<workspace>/.baocao/store.sqlite`.
        .target(
            name: "BaocaoStore",
            dependencies: [
                "BaocaoCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /// Official documents: the consolidated report built from the compliance figures with Mustache
        /// templates, and the writers for DOCX (Office Open XML), HTML and Markdown.
        .target(
            name: "BaocaoDocument",
            dependencies: [
                "BaocaoCore",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        /// The library product for embedders: re-exports the model, the scheduler, the plugin host,
        /// the store, the documents and import.
        .target(name: "Baocao", dependencies: ["BaocaoCore", "BaocaoImport", "BaocaoLua", "BaocaoStore", "BaocaoDocument"]),
        /// Import: reads the text of a directive (.txt, .md, .docx) the way an official reads it and
        /// drafts the structured directive, each value with the line it came from.
        .target(
            name: "BaocaoImport",
            dependencies: ["BaocaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Yams", package: "Yams")]
        ),
        /// `import-accuracy`: per field, found-correct / found-wrong / missing over the import fixtures.
        .executableTarget(name: "ImportAccuracy", dependencies: ["BaocaoImport", "BaocaoLua"]),
        /// The web portal for officials (`baocao serve`): pages and a JSON API over the same
        /// WorkspaceService, uploads handed in with a unit's token.
        .target(
            name: "BaocaoServer",
            dependencies: [
                "Baocao",
                "BaocaoDocument",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        /// The `baocao` command.
        .executableTarget(
            name: "BaocaoCLI",
            dependencies: [
                "Baocao",
                "BaocaoServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(
            name: "BaocaoCoreTests",
            dependencies: ["BaocaoCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "BaocaoLuaTests", dependencies: ["BaocaoLua"]),
        .testTarget(name: "BaocaoCLITests", dependencies: ["BaocaoCLI", "BaocaoStore"]),
        .testTarget(name: "BaocaoStoreTests", dependencies: ["BaocaoStore"]),
        .testTarget(name: "BaocaoTests", dependencies: ["Baocao"]),
        .testTarget(
            name: "BaocaoServerTests",
            dependencies: ["BaocaoServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "BaocaoDocumentTests",
            dependencies: ["BaocaoDocument", "BaocaoLua", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "BaocaoImportTests", dependencies: ["BaocaoCore", "BaocaoImport", "BaocaoLua"]),
        /// The raw C API baseline loop of the hook benchmark.
        .target(name: "CLuaRawBench", dependencies: ["CLua"], path: "Benchmarks/CLuaRawBench"),
        /// `hook-benchmark`: the cost of one plugin hook call.
        .executableTarget(
            name: "HookBenchmark",
            dependencies: ["BaocaoLua", "CLuaShim", "CLuaRawBench"],
            path: "Benchmarks/HookBenchmark"
        ),
        /// `document-benchmark`: a province's report to DOCX, beside pandoc.
        .executableTarget(
            name: "DocumentBenchmark",
            dependencies: ["BaocaoDocument", "BaocaoLua"],
            path: "Benchmarks/DocumentBenchmark"
        ),
        /// `national-benchmark`: load, schedule, ingest, status, indicators, render for a national year.
        .executableTarget(name: "NationalBenchmark", dependencies: ["Baocao"], path: "Benchmarks/NationalBenchmark"),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, only when BAOCAO_FUZZ is set: `make fuzz` builds them with
// `-sanitize=fuzzer` (libFuzzer supplies `main`) and runs each for a set time. The normal build
// and `swift test` never see them.
if Context.environment["BAOCAO_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzSupport", dependencies: ["Baocao"], path: "Fuzz/FuzzSupport"),
    ]
    for (product, target) in [("fuzz-workspace", "FuzzWorkspace"), ("fuzz-csv", "FuzzCSV"), ("fuzz-xlsx", "FuzzXLSX"),
                              ("fuzz-json", "FuzzJSON"), ("fuzz-import", "FuzzImport"),
                              ("fuzz-answers", "FuzzAnswers")] {
        package.targets.append(.executableTarget(name: target, dependencies: ["FuzzSupport"], path: "Fuzz/\(target)",
                                                 swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
        package.products.append(.executable(name: product, targets: [target]))
    }
}
