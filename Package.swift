// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Readout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "readout", targets: ["readout"]),
        .library(name: "ReadoutCore", targets: ["ReadoutCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "ReadoutCore",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "readout",
            dependencies: [
                "ReadoutCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReadoutCoreTests", dependencies: ["ReadoutCore"]),
    ],
    swiftLanguageModes: [.v6]
)
