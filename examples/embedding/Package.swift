// swift-tools-version:6.0
// An office program that embeds Baocao: what is due next week, and the report as a Word file.
import PackageDescription

let package = Package(
    name: "DueNextWeek",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Baocao", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "DueNextWeek", dependencies: [.product(name: "Baocao", package: "Baocao")]),
    ]
)
