import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
import Crypto
import Foundation

/// The static files under `Resources/Public`, read once at start-up.
struct AssetStore: Sendable {
    struct Asset: Sendable {
        let bytes: [UInt8]
        let contentType: String
        let etag: String
    }

    private let assets: [String: Asset]

    /// Reads every file in the bundle's `Resources/Public`.
    static func bundled() throws -> AssetStore {
        guard let folder = Bundle.module.url(forResource: "Public", withExtension: nil, subdirectory: "Resources")
        else { return AssetStore(assets: [:]) }
        var assets: [String: Asset] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let digest = SHA256.hash(data: bytes).prefix(8).map { String(format: "%02x", $0) }.joined()
            assets[name] = Asset(bytes: bytes, contentType: contentType(of: name), etag: "\"\(digest)\"")
        }
        return AssetStore(assets: assets)
    }

    subscript(name: String) -> Asset? { assets[name] }

    private static func contentType(of name: String) -> String {
        switch (name as NSString).pathExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "json": "application/json"
        default: "application/octet-stream"
        }
    }
}
