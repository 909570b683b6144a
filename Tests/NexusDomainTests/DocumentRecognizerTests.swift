import NexusDomain
import Testing

@Suite("Recognising the structure of toolkit documents")
struct DocumentRecognizerTests {
    /// Three pages, as pdftotext writes them: a running head, a table of contents,
    /// wrapped lines, a footnote at the foot of page 2 and page numbers.
    static let english = [
        """
        Sample Toolkit
        Contents
        Good Practice 1: Align the laws .......... 2
        Good Practice 2: Strengthen anti-corruption law .......... 3
        1
        """,
        """
        Sample Toolkit
        A. Legal considerations
        The practices of this section deal
        with the law.

        Good Practice 1: Align the laws on
        crime and terrorism

        Laws should fit together and fit inter-
        national standards.

        Key actions

        Step 1 – Review the national laws.

        Step 2 – Compare them with the conventions
        and the protocols.

        Key actors
              Ministries of justice
              Parliaments, including their
              committees on security

        Good Practice 2: Strengthen anti-corruption law

        Integrity in state institutions deters officials.6

        Key actions
        Step 1: Assess the laws.
        Step 2: Promote integrity.
        Key actors: Public sector

        6 See the United Nations Convention against
        Corruption.
        2
        """,
        """
        Sample Toolkit
        B. Research and information sharing
        Step 7 – A stray step.
        Good Practice 3: Share research
        Research should look at the whole nexus.
        3
        """,
    ].joined(separator: "\u{0C}")

    @Test("sections, practices, steps, actors and footnotes are recovered with their pages")
    func english() throws {
        let document = DocumentRecognizer.recognize(Self.english, language: .en)
        #expect(document.pageCount == 3)
        #expect(document.sections.map(\.letter) == ["A", "B"])
        #expect(document.sections.first?.overview == ["The practices of this section deal with the law."])
        #expect(document.practices.map(\.number) == [1, 2, 3])
        let first = document.practices[0]
        #expect(first.title == "Align the laws on crime and terrorism")
        #expect(first.page == 2 && first.section == "A")
        #expect(first.body == ["Laws should fit together and fit international standards."])
        #expect(first.steps == ["Review the national laws.", "Compare them with the conventions and the protocols."])
        #expect(first.actors == ["Ministries of justice", "Parliaments, including their committees on security"])
        let second = document.practices[1]
        #expect(second.body == ["Integrity in state institutions deters officials."])
        #expect(second.steps == ["Assess the laws.", "Promote integrity."])
        #expect(second.actors == ["Public sector"])
        #expect(second.footnotes == [6: "See the United Nations Convention against Corruption."])
        #expect(document.practices[2].section == "B")
        #expect(document.unplaced.map(\.page) == [3])
        #expect(document.unplaced.first?.reason.contains("step outside") == true)
        #expect(document.warnings.contains("good practice 3 (page 3) has no steps"))
    }

    @Test("French and Albanian headings are recognised")
    func frenchAndAlbanian() {
        let french =
            "A. Considérations juridiques\nBonne pratique 2 : Renforcer la législation\n\nTexte.\n\nActions clés\nÉtape 1 - Examiner.\nÉtape 2 - Agir.\nActeurs clés\n• Secteur public\n• Secteur privé\n"
        let document = DocumentRecognizer.recognize(french, language: .fr)
        #expect(document.practices.map(\.title) == ["Renforcer la législation"])
        #expect(document.practices.first?.steps == ["Examiner.", "Agir."])
        #expect(document.practices.first?.actors == ["Secteur public", "Secteur privé"])
        let albanian =
            "A. Aspektet ligjore\nPraktika e mirë 1: Harmonizimi i ligjeve\n\nVeprimet kyçe\nHapi 1 – Rishikoni ligjet.\nAktorët kyç\nMinistria e Drejtësisë\n"
        let practice = DocumentRecognizer.recognize(albanian, language: .sq).practices.first
        #expect(practice?.title == "Harmonizimi i ligjeve" && practice?.steps == ["Rishikoni ligjet."])
        #expect(practice?.actors == ["Ministria e Drejtësisë"])
    }

    @Test("Arabic headings, Arabic section letters and Arabic-Indic digits are recognised")
    func arabic() {
        let text =
            "ب. البحث وتبادل المعلومات\nالممارسة الجيدة ٢٣: استجابة العدالة الجنائية\n\nنص.\n\nالإجراءات الرئيسية\nالخطوة ١ – المراجعة.\nالخطوة 2 – التنفيذ.\nالجهات الفاعلة الرئيسية\nالنيابة العامة\nالقضاء\n"
        let document = DocumentRecognizer.recognize(text, language: .ar)
        #expect(document.sections.map(\.letter) == ["B"])
        let practice = document.practices.first
        #expect(practice?.number == 23 && practice?.section == "B")
        #expect(practice?.title == "استجابة العدالة الجنائية")
        #expect(practice?.steps == ["المراجعة.", "التنفيذ."])
        #expect(practice?.actors == ["النيابة العامة", "القضاء"])
    }

    @Test("a repeated heading keeps the later practice and says so; numbers out of order are noted")
    func repeats() {
        let text =
            "A. Law\nGood Practice 2: Two\nText two.\nKey actions\nStep 1 – Do.\nGood Practice 1: One\nText.\nGood Practice 2: Two again\nText.\n"
        let document = DocumentRecognizer.recognize(text, language: .en)
        #expect(document.practices.map(\.number) == [1, 2])
        #expect(document.practices.last?.title == "Two again")
        #expect(document.warnings.contains { $0.contains("appears twice") })
        #expect(document.warnings.contains { $0.contains("comes after good practice 2") })
    }
}
