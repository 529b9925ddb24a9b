// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Readout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutCore", targets: ["ReadoutCore"]),
        .library(name: "ReadoutStore", targets: ["ReadoutStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "ReadoutCore",
            resources: [.copy("Resources")]
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "ReadoutStore",
            dependencies: [
                "ReadoutCore",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "readout",
            dependencies: [
                "ReadoutCore",
                "ReadoutStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReadoutCoreTests", dependencies: ["ReadoutCore"]),
        .testTarget(name: "ReadoutStoreTests", dependencies: ["ReadoutStore", "ReadoutCore"]),
    ],
    swiftLanguageModes: [.v6]
)
