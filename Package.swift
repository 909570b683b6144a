// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode plus the upcoming features
/// that keep module boundaries honest.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "nexus-toolkit",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nexus", targets: ["nexus"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // Uploads (multipart/form-data) and running pdftotext: kept libraries instead of our own parsers.
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
    ],
    targets: [
        .target(
            name: "NexusDomain",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusLocalization",
            dependencies: ["NexusDomain"],
            resources: [.copy("Catalogues")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusPersistence",
            dependencies: [
                "NexusDomain",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusApplication",
            dependencies: [
                "NexusDomain",
                "NexusPersistence",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusRendering",
            dependencies: [
                "NexusDomain",
                "NexusLocalization",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources"), .process("Templates")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusWeb",
            dependencies: [
                "NexusDomain",
                "NexusLocalization",
                "NexusPersistence",
                "NexusApplication",
                "NexusRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // Templates are copied flat into the bundle, so their names are unique across
            // features; each feature's folder is listed here.
            resources: [
                .copy("Resources"), .process("Features/Toolkit/Templates"),
                .process("Features/Search/Templates"), .process("Features/Evidence/Templates"), .process("Features/Cases/Templates"),
                .process("Features/Accounts/Templates"), .process("Features/Admin/Templates"),
                .process("Features/Editing/Templates"), .process("Features/Translation/Templates"),
                .process("Features/Exercises/Templates"), .process("Core/Forms/Templates"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "nexus",
            dependencies: [
                "NexusWeb",
                "NexusApplication",
                "NexusPersistence",
                "NexusDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The search benchmark's runner (Benchmarks/README.md); not part of the product.
        .executableTarget(
            name: "nexus-search-benchmark",
            dependencies: ["NexusDomain", "NexusPersistence", .product(name: "Logging", package: "swift-log")],
            path: "Benchmarks/SearchBenchmark",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "NexusTestSupport",
            dependencies: [
                "NexusDomain",
                "NexusPersistence",
                "NexusApplication",
                "NexusWeb",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "NexusDomainTests", dependencies: ["NexusDomain", "NexusTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "NexusLocalizationTests", dependencies: ["NexusLocalization"], swiftSettings: swiftSettings),
        .testTarget(
            name: "NexusPersistenceTests",
            dependencies: ["NexusPersistence", "NexusTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NexusApplicationTests",
            dependencies: ["NexusApplication", "NexusTestSupport", .product(name: "SQLKit", package: "sql-kit")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NexusRenderingTests",
            dependencies: ["NexusRendering", "NexusTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NexusWebTests",
            dependencies: [
                "NexusWeb", "NexusRendering", "NexusTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ]
)
