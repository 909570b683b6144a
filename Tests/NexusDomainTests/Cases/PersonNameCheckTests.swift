import NexusDomain
import Testing

@Suite("Warnings for what looks like a real person's name")
struct PersonNameCheckTests {
    @Test("aliases that look like a first and last name are flagged", arguments: ["Ahmed Kamal", "Marco Rossi's crew", "led by Ilir Hoxha"])
    func names(alias: String) {
        #expect(!PersonNameCheck.suspects(in: alias, isAlias: true).isEmpty, "\(alias)")
    }

    @Test(
        "group, body and place names and generic aliases pass",
        arguments: [
            "Group A", "Border smuggling network", "Armed group B", "Officer at the crossing point", "Costa Rica route",
            "Harbour Trading Ltd", "West Africa cell", "the broker", "Northern Brigade",
        ])
    func generic(alias: String) {
        #expect(PersonNameCheck.suspects(in: alias, isAlias: true).isEmpty, "\(alias)")
    }

    @Test("titles and patronymics are flagged in any text, in the four languages")
    func anyText() {
        #expect(PersonNameCheck.suspects(in: "The money went to Mr Smith in March.", isAlias: false) == ["Mr Smith"])
        #expect(PersonNameCheck.suspects(in: "Versé à M. Dupont.", isAlias: false) == ["M. Dupont."])
        #expect(PersonNameCheck.suspects(in: "Khalid bin Walid ordered it.", isAlias: false) == ["Khalid bin Walid"])
        #expect(!PersonNameCheck.suspects(in: "وصل المال إلى الشيخ عمر", isAlias: false).isEmpty)
        #expect(PersonNameCheck.suspects(in: "In March 2019 the group moved north.", isAlias: false).isEmpty)
    }

    @Test("a case's warnings name the field")
    func warnings() {
        var record = CaseSamples.valid()
        record.actors[0].alias.set("Ahmed Kamal", in: .fr, source: .en)
        #expect(PersonNameCheck.warnings(for: record) == [CaseWarning(field: "actors.a1.alias", text: "Ahmed Kamal")])
    }
}
