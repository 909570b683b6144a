import Foundation

/// Paths to the repository's content and to the test fixtures.
public enum Fixtures {
    /// The repository's root, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled content folder, `Content/`.
    public static var bundledContent: String { repositoryRoot.appendingPathComponent("Content").path }

    /// A small content folder made for tests: stable, with a missing and a stale translation.
    public static var testContent: String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/Content").path
    }

    /// Writes a content folder from `files` (path relative to the folder → text) in a
    /// temporary directory and returns its path.
    public static func makeContentFolder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-content-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.path
    }
}
