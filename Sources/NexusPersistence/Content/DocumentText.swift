import Foundation

/// Extracts the text of a toolkit document: PDFs through `pdftotext -layout`
/// (poppler-utils), which separates pages with form feeds; text and Markdown files as they are.
public enum DocumentText {
    /// The document could not be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The document's text, pages separated by form feeds.
    public static func text(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "cannot read \(path)")
        }
        if data.starts(with: Array("%PDF".utf8)) { return try pdfText(path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Unreadable(description: "\(path) is neither a PDF nor UTF-8 text")
        }
        return text
    }

    private static func pdfText(_ path: String) throws -> String {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
            .first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw Unreadable(description: "reading PDFs needs pdftotext (Debian: apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting, so a large document cannot fill the pipe and stall the tool.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unreadable(description: "pdftotext could not read \(path): \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
