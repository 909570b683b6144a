import Foundation
import NexusDomain

/// Reads a content folder (`Content/`) into documents, reporting files it cannot read.
/// The `evidence`, `cases` and `scenarios` folders beside the kinds hold the seed files of
/// regional evidence, of the case library and of the sample exercises, which are records,
/// not documents.
public enum ContentFolderReader {
    /// The folder of evidence seed files inside a content folder.
    public static let evidenceFolder = "evidence"
    /// The folder of the seed cases of the case library: one JSON file per case.
    public static let casesFolder = "cases"
    /// The folder of the sample scenarios: one exercise file each.
    public static let scenariosFolder = "scenarios"

    /// The content folder does not exist or cannot be listed.
    public struct FolderUnreadable: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// What a folder holds.
    public struct Contents: Sendable {
        /// Every document that could be read.
        public var documents: [ContentDocument]
        /// Files and folders that could not be read or placed.
        public var problems: [ContentProblem]
    }

    /// Reads every `<kind>/<slug>/<language>.md` file below `directory`.
    public static func read(directory: String) throws -> Contents {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FolderUnreadable(description: "content folder not found at \(directory)")
        }
        var contents = Contents(documents: [], problems: [])
        for folder in try sortedEntries(of: directory)
        where isFolder(directory, folder) && ![Self.evidenceFolder, Self.casesFolder, Self.scenariosFolder].contains(folder) {
            guard let kind = ContentKind(folder: folder) else {
                contents.problems.append(
                    ContentProblem(
                        .warning, .unreadable, at: folder,
                        "unknown folder, ignored; content folders are \(ContentKind.allCases.map(\.folder).joined(separator: ", "))"))
                continue
            }
            let kindPath = (directory as NSString).appendingPathComponent(folder)
            for slug in try sortedEntries(of: kindPath) where isFolder(kindPath, slug) {
                readItem(kind: kind, slug: slug, path: (kindPath as NSString).appendingPathComponent(slug), into: &contents)
            }
        }
        return contents
    }

    private static func readItem(kind: ContentKind, slug: String, path: String, into contents: inout Contents) {
        let location = "\(kind.folder)/\(slug)"
        let names: [String]
        do {
            names = try sortedEntries(of: path)
        } catch {
            contents.problems.append(ContentProblem(.error, .unreadable, at: location, "cannot list the folder: \(error)"))
            return
        }
        for name in names where name.hasSuffix(".md") {
            let stem = String(name.dropLast(3))
            guard let language = Language(rawValue: stem) else {
                contents.problems.append(
                    ContentProblem(
                        .error, .unreadable, at: "\(location)/\(name)",
                        "file names are language codes: \(Language.allCases.map { "\($0.code).md" }.joined(separator: ", "))"))
                continue
            }
            do {
                let text = try String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8)
                let (fields, body) = try FrontMatter.parse(text)
                contents.documents.append(
                    ContentDocument(kind: kind, slug: slug, language: language, fields: fields, body: body))
            } catch {
                contents.problems.append(ContentProblem(.error, .unreadable, at: "\(location)/\(name)", "\(error)"))
            }
        }
    }

    private static func sortedEntries(of path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
    }

    private static func isFolder(_ parent: String, _ name: String) -> Bool {
        var isDirectory: ObjCBool = false
        let path = (parent as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
