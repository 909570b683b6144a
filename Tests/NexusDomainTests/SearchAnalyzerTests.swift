import NexusDomain
import Testing

@Suite("The search analyzer")
struct SearchAnalyzerTests {
    @Test(
        "folding meets case, Latin accents and ligatures",
        arguments: [
            ("Évaluation", "evaluation"), ("FAÇADE", "facade"), ("krizës", "krizes"), ("çështje", "ceshtje"),
            ("cœur", "coeur"), ("Æther", "aether"), ("Noël", "noel"), ("e\u{0301}lève", "eleve"),
        ])
    func latin(_ typed: String, _ folded: String) {
        #expect(TextFolding.fold(typed) == folded)
    }

    @Test(
        "folding meets Arabic written with or without vowels and with hamza variants",
        arguments: [
            ("تَمْرِينٌ", "تمرين"), ("الأَزَمَاتِ", "الازمات"), ("إدارة", "اداره"), ("آمن", "امن"), ("مستشفى", "مستشفي"),
            ("المدينة", "المدينه"), ("مؤتمر", "موتمر"), ("رئيس", "رييس"), ("الإرهـــاب", "الارهاب"), ("٢٤٨٢", "2482"), ("۱۳۷۳", "1373"),
        ])
    func arabic(_ typed: String, _ folded: String) {
        #expect(TextFolding.fold(typed) == folded)
    }

    @Test(
        "English: plurals, -ing, -ed and a final e",
        arguments: [
            ("prisons", "prison"), ("policies", "polici"), ("policy", "polici"), ("training", "train"), ("trained", "train"),
            ("crimes", "crim"), ("crime", "crim"), ("financing", "financ"), ("finance", "financ"), ("boxes", "box"),
            ("analysis", "analysis"), ("focus", "focus"), ("running", "run"), ("smuggling", "smuggl"), ("smuggled", "smuggl"),
            ("1267", "1267"), ("trafficking", "traffic"), ("trafficked", "traffic"), ("traffic", "traffic"), ("kicking", "kick"),
        ])
    func english(_ word: String, _ stem: String) {
        #expect(SearchAnalyzer.terms(in: word, language: .en) == [stem])
    }

    @Test(
        "French: plurals, -ement, infinitives and a final e",
        arguments: [
            ("financement", "financ"), ("financements", "financ"), ("financer", "financ"), ("finance", "financ"),
            ("frontières", "frontier"), ("frontière", "frontier"), ("réseaux", "reseau"), ("réseau", "reseau"),
            ("terrorisme", "terrorism"), ("Prisons", "prison"), ("criminalité", "criminalit"),
        ])
    func french(_ word: String, _ stem: String) {
        #expect(SearchAnalyzer.terms(in: word, language: .fr) == [stem])
    }

    @Test(
        "Arabic: the conjunction, the article with its prepositions, and common suffixes",
        arguments: [
            ("الحدود", "حدود"), ("والحدود", "حدود"), ("بالحدود", "حدود"), ("للحدود", "حدود"), ("حدود", "حدود"),
            ("الإرهاب", "ارهاب"), ("الإرهابية", "ارهاب"), ("إرهابي", "ارهاب"), ("السجون", "سجون"), ("المنظمات", "منظم"),
            ("الجريمة", "جريم"), ("جرائم", "جرايم"), ("فساد", "فساد"),
        ])
    func arabicStems(_ word: String, _ stem: String) {
        #expect(SearchAnalyzer.terms(in: word, language: .ar) == [stem])
    }

    @Test(
        "Albanian: the endings of definiteness and case",
        arguments: [
            ("korrupsion", "korrupsion"), ("korrupsioni", "korrupsion"), ("korrupsionit", "korrupsion"),
            ("korrupsionin", "korrupsion"), ("krimi", "krim"), ("krimit", "krim"), ("krimet", "krim"), ("krimeve", "krim"),
            ("praktikat", "praktik"), ("praktika", "praktik"), ("praktikave", "praktik"), ("terrorizmit", "terrorizm"),
            ("kufirit", "kufir"), ("burg", "burg"), ("burgu", "burg"), ("burgje", "burg"), ("burgjet", "burg"), ("burgjeve", "burg"),
        ])
    func albanian(_ word: String, _ stem: String) {
        #expect(SearchAnalyzer.terms(in: word, language: .sq) == [stem])
    }

    @Test("words split at spaces, apostrophes and hyphens; common words are dropped; places are kept")
    func tokens() {
        let text = "L'évaluation du financement anti-corruption"
        let tokens = SearchAnalyzer.tokens(in: text, language: .fr)
        #expect(tokens.map(\.term) == ["evaluation", "financ", "anti", "corruption"])
        #expect(tokens.map { String(text[$0.range]) } == ["évaluation", "financement", "anti", "corruption"])
        #expect(SearchAnalyzer.terms(in: "the prison and the border", language: .en) == ["prison", "border"])
        #expect(SearchAnalyzer.terms(in: "الإرهاب في المنطقة", language: .ar) == ["ارهاب", "منطق"])
    }

    @Test("a word written with vowels stays one word and meets the same word without them")
    func voweledArabic() {
        #expect(SearchAnalyzer.terms(in: "الأَزَمَاتِ", language: .ar) == SearchAnalyzer.terms(in: "الازمات", language: .ar))
        #expect(SearchAnalyzer.tokens(in: "تَمْرِينٌ", language: .ar).count == 1)
    }

    @Test(
        "one edit: a letter added, missing or replaced, or two neighbours swapped; nothing more",
        arguments: [
            ("korupsion", "korrupsion", true), ("terrorixm", "terrorism", true), ("establsih", "establish", true),
            ("etsablish", "establish", true), ("prison", "prison", true), ("establihs", "establish", true),
            ("esatblihs", "establish", false), ("prsion", "prison", true), ("pirson", "prison", true), ("psiron", "prison", false),
            ("terrorism", "tourism", false),
        ])
    func oneEdit(_ typed: String, _ known: String, _ near: Bool) {
        #expect(TypoTolerance.withinOneEdit(typed, known) == near)
        #expect(TypoTolerance.withinOneEdit(known, typed) == near)
    }
}
