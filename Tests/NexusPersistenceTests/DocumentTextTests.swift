import Foundation
import NexusPersistence
import Testing

/// pdftotext is run as a subprocess with a time limit; its failures are clear errors.
/// Stand-in tools in a folder of their own replace it here; the real one reads real PDFs
/// in the end-to-end tests of `nexus content import-document`.
@Suite("Reading documents' text")
struct DocumentTextTests {
    /// A folder with a `pdftotext` that runs `script`, and a file that starts like a PDF.
    private func withTool(_ script: String, _ body: (_ folder: String, _ pdf: String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-pdftotext-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        if !script.isEmpty {
            let tool = folder + "/pdftotext"
            try ("#!/bin/sh\n" + script + "\n").write(toFile: tool, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool)
        }
        let pdf = folder + "/document.pdf"
        try "%PDF-1.4 not really".write(toFile: pdf, atomically: true, encoding: .utf8)
        try await body(folder, pdf)
    }

    @Test("the tool's output is the text; a failure carries what the tool said")
    func output() async throws {
        try await withTool(#"printf 'Page one\fPage two'"#) { folder, pdf throws in
            #expect(try await DocumentText.text(of: pdf, searchPath: folder) == "Page one\u{0C}Page two")
        }
        try await withTool("echo 'Syntax Error: broken xref' >&2; exit 1") { folder, pdf throws in
            await #expect { try await DocumentText.text(of: pdf, searchPath: folder) } throws: { error in
                "\(error)".contains("broken xref")
            }
        }
    }

    @Test("a tool that hangs is stopped at the time limit; a missing tool says how to install it")
    func limits() async throws {
        try await withTool("exec /bin/sleep 120") { folder, pdf throws in
            let started = ContinuousClock.now
            await #expect { try await DocumentText.text(of: pdf, timeout: .milliseconds(500), searchPath: folder) } throws: { error in
                "\(error)".contains("longer than")
            }
            #expect(ContinuousClock.now - started < .seconds(60), "the import does not wait for the tool to finish")
        }
        try await withTool("") { folder, pdf throws in
            await #expect { try await DocumentText.text(of: pdf, searchPath: folder) } throws: { error in
                "\(error)".contains("poppler-utils")
            }
        }
    }

    @Test("text files are read as they are; other bytes are refused")
    func plainFiles() async throws {
        try await withTool("") { folder, _ throws in
            let text = folder + "/notes.md"
            let binary = folder + "/image.bin"
            try "# Titre\n\nTexte.".write(toFile: text, atomically: true, encoding: .utf8)
            try Data([0xFF, 0xD8, 0xFF, 0x00]).write(to: URL(fileURLWithPath: binary))
            #expect(try await DocumentText.text(of: text) == "# Titre\n\nTexte.")
            await #expect { try await DocumentText.text(of: binary) } throws: { "\($0)".contains("neither a PDF nor UTF-8") }
        }
    }
}
