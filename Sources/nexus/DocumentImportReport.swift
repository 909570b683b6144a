import NexusDomain
import NexusPersistence
import NexusApplication

/// The recognition report `nexus content import-document` prints.
struct DocumentImportReport {
    let file: String
    let report: DocumentImporter.Report

    var text: String {
        let document = report.recognized
        var lines = ["Read \(file): \(document.pageCount) pages, language \(document.language.code)."]
        lines.append("Sections found: \(document.sections.count)")
        for section in document.sections {
            lines.append("  \(section.letter). \(section.title) (p. \(section.page))")
        }
        lines.append("Practices found: \(document.practices.count)")
        for practice in document.practices {
            lines.append(
                "  \(practice.number). \(practice.title) (p. \(practice.page), section \(practice.section ?? "?")): "
                    + "\(practice.steps.count) steps, \(practice.actors.count) key actors, \(practice.footnotes.count) footnotes")
        }
        if !document.warnings.isEmpty {
            lines.append("Worth a look:")
            lines += document.warnings.map { "  \($0)" }
        }
        if !document.unplaced.isEmpty {
            lines.append("Could not place:")
            lines += document.unplaced.map { "  p. \($0.page): \($0.reason): \"\($0.text.prefix(80))\"" }
        }
        let verb = report.wrote ? "Written" : "Would write"
        lines.append("\(verb): \(report.plan.writes.count) files")
        lines += report.plan.writes.map { "  \($0.document.location)\($0.replaces ? " (replaced)" : " (new)")" }
        if !report.plan.skips.isEmpty {
            lines.append("Not written: \(report.plan.skips.count) files")
            lines += report.plan.skips.map { "  \($0.location): \($0.reason)" }
        }
        if !report.plan.followUps.isEmpty {
            lines.append("Translations to update:")
            lines += report.plan.followUps.map { "  \($0)" }
        }
        if report.wrote && !report.plan.writes.isEmpty {
            lines.append("Next: review the files, then run `nexus content check` and `nexus content import`.")
        }
        return lines.joined(separator: "\n")
    }
}
