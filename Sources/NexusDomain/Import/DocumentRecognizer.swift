import Foundation

/// Recognises the structure of a toolkit document from its text: lettered sections,
/// "Good Practice N: title", "Key actions" with numbered steps, "Key actors", and
/// footnotes — in English, French, Arabic or Albanian.
///
/// Pages are separated by form feeds, as `pdftotext` writes them, so that every
/// finding carries its page number.
public enum DocumentRecognizer {
    /// The structure of `text`, a document in `language`.
    public static func recognize(_ text: String, language: Language) -> RecognizedDocument {
        let vocabulary = DocumentVocabulary.forLanguage(language)
        let lines = DocumentLines.lines(of: text) { line in
            [vocabulary.practice, vocabulary.keyActions, vocabulary.step, vocabulary.keyActors, DocumentVocabulary.section]
                .contains { $0.captures(in: line) != nil }
        }
        let footnotes = Footnotes(lines: lines)
        var reader = StructureReader(
            vocabulary: vocabulary, footnotes: footnotes,
            document: RecognizedDocument(
                language: language, pageCount: DocumentLines.pageCount(of: text), sections: [], practices: [],
                unplaced: [], warnings: []))
        for (index, line) in lines.enumerated() where !footnotes.lineIndices.contains(index) {
            reader.read(line)
        }
        return reader.finish()
    }
}

/// The state machine that walks the lines in order.
private struct StructureReader {
    enum Part: Equatable { case preamble, sectionIntro, title, body, keyActions, step, actors }

    let vocabulary: DocumentVocabulary
    let footnotes: Footnotes
    var document: RecognizedDocument
    var part = Part.preamble
    var paragraph: [String] = []
    var paragraphPage = 0

    private var practiceIndex: Int? { document.practices.indices.last.flatMap { part == .preamble || part == .sectionIntro ? nil : $0 } }

    mutating func read(_ line: DocumentLine) {
        if line.isBlank {
            flush()
            if part == .title { part = .body }
            return
        }
        let (text, markers) = footnotes.stripMarkers(from: line.text, page: line.page)
        if let index = practiceIndex {
            for number in markers {
                document.practices[index].footnotes[number] = footnotes.text(of: number, page: line.page)
            }
        }
        if Self.isContentsEntry(text),
            DocumentVocabulary.section.captures(in: text) != nil || vocabulary.practice.captures(in: text) != nil
        {
            // A line of the table of contents: its page reference is not the heading itself.
            flush()
            part = .preamble
        } else if let captures = DocumentVocabulary.section.captures(in: text), part != .step || paragraph.isEmpty {
            flush()
            startSection(letter: captures[0], title: captures[1], page: line.page)
        } else if let captures = vocabulary.practice.captures(in: text), let number = Int(captures[0]) {
            flush()
            startPractice(number: number, title: Self.cleanTitle(captures[1]), page: line.page)
        } else if vocabulary.keyActions.captures(in: text) != nil {
            flush()
            if practiceIndex == nil { unplaced(text, line.page, "a “key actions” heading outside any practice") } else { part = .keyActions }
        } else if let captures = vocabulary.step.captures(in: text), let number = Int(captures[0]) {
            flush()
            startStep(number: number, text: captures[1], line: line)
        } else if let captures = vocabulary.keyActors.captures(in: text) {
            flush()
            if practiceIndex == nil {
                unplaced(text, line.page, "a “key actors” heading outside any practice")
                return
            }
            part = .actors
            if !captures[0].isEmpty { document.practices[practiceIndex!].actors.append(captures[0]) }
        } else {
            readText(text, page: line.page)
        }
    }

    private mutating func readText(_ text: String, page: Int) {
        switch part {
        case .title where Self.continues(document.practices[document.practices.count - 1].title, with: text):
            document.practices[document.practices.count - 1].title += " " + text
        case .title:
            part = .body
            paragraphPage = page
            paragraph.append(text)
        case .actors:
            let index = document.practices.count - 1
            if text.hasPrefix("• ") || document.practices[index].actors.isEmpty || !Self.continues(text) {
                document.practices[index].actors.append(text.hasPrefix("• ") ? String(text.dropFirst(2)) : text)
            } else {
                document.practices[index].actors[document.practices[index].actors.count - 1] += " " + text
            }
        case .keyActions:
            unplaced(text, page, "text between “key actions” and the first step")
        default:
            if paragraph.isEmpty { paragraphPage = page }
            paragraph.append(text)
        }
    }

    private mutating func startSection(letter: String, title: String, page: Int) {
        let latin = letter.first.flatMap { DocumentVocabulary.arabicLetters[$0] } ?? letter.uppercased()
        let section = RecognizedDocument.Section(letter: latin, title: Self.cleanTitle(title), page: page, overview: [])
        // A table of contents may list sections first; the later heading is the real one.
        document.sections.removeAll { $0.letter == latin }
        document.sections.append(section)
        part = .sectionIntro
    }

    private mutating func startPractice(number: Int, title: String, page: Int) {
        if let earlier = document.practices.firstIndex(where: { $0.number == number }) {
            let previous = document.practices[earlier]
            if previous.body.isEmpty && previous.steps.isEmpty && previous.actors.isEmpty {
                document.practices.remove(at: earlier)  // an entry of the table of contents
            } else {
                document.warnings.append("good practice \(number) appears twice (pages \(previous.page) and \(page)); the later one is kept")
                document.practices.remove(at: earlier)
            }
        } else if let last = document.practices.last, number < last.number {
            document.warnings.append("good practice \(number) (page \(page)) comes after good practice \(last.number)")
        }
        document.practices.append(
            RecognizedDocument.Practice(
                number: number, title: title, page: page, section: document.sections.last?.letter,
                body: [], steps: [], actors: [], footnotes: [:]))
        part = .title
    }

    private mutating func startStep(number: Int, text: String, line: DocumentLine) {
        guard let index = practiceIndex, part == .keyActions || part == .step else {
            unplaced(line.text, line.page, "a step outside the key actions of a practice")
            return
        }
        let expected = document.practices[index].steps.count + 1
        if number != expected {
            document.warnings.append(
                "good practice \(document.practices[index].number): step \(number) where step \(expected) was expected (page \(line.page))")
        }
        document.practices[index].steps.append(text)
        paragraphPage = line.page
        part = .step
    }

    private mutating func flush() {
        guard !paragraph.isEmpty else { return }
        let text = Self.join(paragraph)
        paragraph = []
        switch part {
        case .sectionIntro:
            if !document.sections.isEmpty { document.sections[document.sections.count - 1].overview.append(text) }
        case .body, .title:
            document.practices[document.practices.count - 1].body.append(text)
        case .step:
            let index = document.practices.count - 1
            let steps = document.practices[index].steps
            document.practices[index].steps[steps.count - 1] = [steps[steps.count - 1], text]
                .filter { !$0.isEmpty }.joined(separator: " ")
        case .preamble, .keyActions, .actors:
            break
        }
    }

    private mutating func unplaced(_ text: String, _ page: Int, _ reason: String) {
        document.unplaced.append(.init(page: page, text: text, reason: reason))
    }

    mutating func finish() -> RecognizedDocument {
        flush()
        for practice in document.practices {
            if practice.steps.isEmpty { document.warnings.append("good practice \(practice.number) (page \(practice.page)) has no steps") }
            if practice.actors.isEmpty { document.warnings.append("good practice \(practice.number) (page \(practice.page)) has no key actors") }
        }
        return document
    }

    /// Whether `line` continues the text before it rather than starting a new entry:
    /// it starts with a lower-case letter. Scripts without case (Arabic) never continue
    /// an entry, except a long title, which is taken to have wrapped.
    static func continues(_ line: String) -> Bool {
        line.first.map { $0.isLowercase } ?? false
    }

    static func continues(_ title: String, with line: String) -> Bool {
        if continues(line) { return true }
        let caseless = line.first.map { !$0.isUppercase && !$0.isLowercase && $0.isLetter } ?? false
        return caseless && title.count > 40 && !title.hasSuffix(".")
    }

    /// Joins wrapped lines into one paragraph, mending words hyphenated at a line end.
    static func join(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if text.hasSuffix("-"), let first = line.first, first.isLowercase {
                text.removeLast()
                text += line
            } else {
                text += text.isEmpty ? line : " " + line
            }
        }
        return text
    }

    /// Whether a line is a table-of-contents entry: dot leaders then a page number.
    static func isContentsEntry(_ line: String) -> Bool {
        // Right-to-left extraction can put the page number before the leaders.
        line.range(of: #"([.·…]{3,}\s*\d+|\d+\s*[.·…]{3,})$"#, options: .regularExpression) != nil
    }

    /// A title without table-of-contents dot leaders and page numbers.
    static func cleanTitle(_ title: String) -> String {
        var text = title
        if let range = text.range(of: #"\s*[.·…]{3,}\s*\d*$"#, options: .regularExpression) { text.removeSubrange(range) }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
