import Foundation
import Subprocess

/// Extracts the text of a toolkit document: PDFs through `pdftotext -layout`
/// (poppler-utils), which separates pages with form feeds; text and Markdown files as they are.
public enum DocumentText {
    /// The document could not be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// How long pdftotext may take on one document before it is stopped. The longest
    /// official document takes under two seconds; a damaged file must not hang an import.
    public static let pdfTimeout = Duration.seconds(60)

    /// The most text kept from one PDF: the toolkit's documents give well under 1 MB.
    static let outputLimit = 32 << 20

    /// The document's text, pages separated by form feeds.
    /// `searchPath`, when given, is where pdftotext is looked for instead of `PATH` (tests).
    public static func text(of path: String, timeout: Duration = pdfTimeout, searchPath: String? = nil) async throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read \(path)")
        }
        if data.starts(with: Array("%PDF".utf8)) { return try await pdfText(path, timeout: timeout, searchPath: searchPath) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Unreadable(description: "\(path) is neither a PDF nor UTF-8 text")
        }
        return text
    }

    /// Runs pdftotext; on time-out the task running it is cancelled, which stops the tool.
    private static func pdfText(_ path: String, timeout: Duration, searchPath: String?) async throws -> String {
        try await withThrowingTaskGroup(of: String?.self) { group in
            group.addTask { try await runPDFToText(path, searchPath: searchPath) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let text = try await group.next() ?? nil else {
                throw Unreadable(description: "pdftotext took longer than \(timeout) on \(path) and was stopped")
            }
            return text
        }
    }

    private static func runPDFToText(_ path: String, searchPath: String?) async throws -> String {
        // Both streams are collected as they come, so a large document cannot fill a
        // pipe and stall the tool.
        let result: ExecutionResult<Void, StringOutput<UTF8>, StringOutput<UTF8>>
        do {
            let environment: Environment = searchPath.map { .inherit.updating(["PATH": $0]) } ?? .inherit
            result = try await run(
                .name("pdftotext"), arguments: ["-layout", "-enc", "UTF-8", path, "-"], environment: environment,
                output: .string(limit: outputLimit), error: .string(limit: 64 << 10))
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw Unreadable(description: "reading PDFs needs pdftotext (Debian: apt-get install poppler-utils)")
        }
        guard case .exited(0) = result.terminationStatus else {
            throw Unreadable(description: "pdftotext could not read \(path): \(result.standardError)")
        }
        return result.standardOutput
    }
}
