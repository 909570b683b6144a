import ArgumentParser
import NexusDomain
import NexusPersistence
import NexusApplication
import NexusWeb

extension Content {
    /// `nexus content import-document FILE --lang xx`
    struct ImportDocument: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-document",
            abstract: "Load an official toolkit document (PDF, text or Markdown) into the content folder as draft files.",
            discussion: """
                Recognises lettered sections, "Good Practice N: title" (Bonne pratique, الممارسة الجيدة, \
                Praktika e mirë), key actions as numbered steps, key actors and footnotes, and prints what it \
                found with page numbers. Files already in the folder are left alone unless --replace is given; \
                editors' links to instruments, actors and related practices are kept. Import the English \
                document first: translations record the English text they correspond to. PDFs need pdftotext \
                (Debian: poppler-utils).
                """)

        @Argument(help: "The document: a PDF, or a text or Markdown file.")
        var file: String

        @Option(help: "The document's language: en, fr, ar or sq.")
        var lang: String

        @Option(name: .customLong("content-dir"), help: "The content folder to write into (default ./Content).")
        var contentDirectory: String?

        @Option(help: "The document's public address, recorded in each item's sources.")
        var source: String = "https://www.thegctf.org/Portals/1/Documents/Framework%20Documents/2018/GCTF-Good-Practices-on-the-Nexus_ENG.pdf"

        @Flag(help: "Overwrite files that are already in the content folder.")
        var replace = false

        @Flag(name: .customLong("dry-run"), help: "Report what would be written, and write nothing.")
        var dryRun = false

        func validate() throws {
            guard Language(rawValue: lang) != nil else {
                throw ValidationError("--lang must be one of \(Language.allCases.map(\.code).joined(separator: ", "))")
            }
            guard source.hasPrefix("https://") || source.hasPrefix("http://") else {
                throw ValidationError("--source must be an http(s) address")
            }
        }

        func run() async throws {
            let folder = try contentDirectory ?? StorageOptions.configFromEnvironment().contentDirectory
            let report: DocumentImporter.Report
            do {
                report = try await DocumentImporter.importDocument(
                    at: file, language: Language(rawValue: lang)!, into: folder, source: source,
                    replace: replace, dryRun: dryRun)
            } catch {
                throw fail("\(error)")
            }
            print(DocumentImportReport(file: file, report: report).text)
            if report.recognized.practices.isEmpty && report.recognized.sections.isEmpty {
                throw fail("no toolkit structure was recognised in \(file)")
            }
        }
    }
}
