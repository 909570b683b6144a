import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
@testable import NexusWeb
import Testing

/// The programme officer's path through the browser: a new meeting, its participation,
/// findings by hand and by CSV, and where they show.
@Suite("Recording regional evidence")
struct EvidenceWorkflowTests {
    static let password = "a long test passphrase"

    static func seedOfficer(_ accounts: Accounts) async throws {
        _ = try await accounts.createUser(
            email: "officer@example.org", name: "Programme Officer", password: password,
            roles: [.programmeOfficer], by: .commandLine)
        _ = try await accounts.createUser(
            email: "viewer@example.org", name: "Viewer", password: password, roles: [.viewer],
            by: .commandLine)
    }

    static let meetingFields: [(String, String)] = [
        ("slug", "dakar-2027"), ("title", "Regional meeting for West Africa, Dakar"),
        ("summary", "A follow-up consultation on cross-border cooperation."), ("region", "west-africa-sahel"),
        ("country", "SN"), ("start", "2027-03-10"), ("end", "2027-03-12"), ("city", "Dakar"),
        ("partners", "Organised with the regional partners."), ("themes[]", "local-engagement"),
        ("themes[]", "research-and-information-sharing"), ("agenda", "Opening\n\nBorder routes"),
        ("documents", "https://example.org/dakar-agenda.pdf"), ("sources", "https://example.org/dakar-note"),
        ("status", "confirmed"), ("action", "publish"),
    ]

    /// Twelve findings of the new meeting; `bad` spoils the fifth line.
    static func csv(bad: Bool) -> [UInt8] {
        var lines = ["region,meeting,kind,crime_markets,enabling_factors,countries,practices,confidence,source,text_en,text_ar"]
        for index in 1...12 {
            let region = bad && index == 4 ? "atlantis" : "west-africa-sahel"
            lines.append(
                "\(region),dakar-2027,manifestation,fauna-crimes;arms-trafficking,porous-borders,SN;ML,"
                    + "informal-and-illicit-economies,confirmed,https://example.org/dakar-report,"
                    + "\"Imported finding \(index): ivory, arms and \"\"fees\"\" on the border.\",استنتاج مستورد \(index)")
        }
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    @Test(
        "a meeting, its participation, findings by hand and by CSV: recorded, refused when wrong, shown everywhere", arguments: TestEngine.available)
    func officerPath(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, seed: Self.seedOfficer) { client in
            let officer = TestBrowser(client)
            try await officer.signIn("officer@example.org", Self.password)
            #expect(try await officer.get("/en/evidence/manage").body.contains("/en/evidence/manage/meetings/new"))

            try await officer.get("/en/evidence/manage/meetings/new")
            let taken = try await officer.post(
                "/en/evidence/manage/meetings/new",
                Self.meetingFields.map { $0.0 == "slug" ? ("slug", "tirana-2018") : $0 })
            #expect(taken.status == .unprocessableContent && taken.body.contains("There is already a meeting"))
            let created = try await officer.post("/en/evidence/manage/meetings/new", Self.meetingFields)
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/en/evidence/manage/meetings/dakar-2027?done=created")

            #expect(try await officer.get("/en/evidence/manage/meetings/dakar-2027").status == .ok)
            let badSlug = try await officer.post("/en/evidence/manage/meetings/new", [("slug", "Dakar 2027!")])
            #expect(badSlug.status == .unprocessableContent && badSlug.body.contains("is not a valid id"))
            let badCount = try await officer.post("/en/evidence/manage/meetings/dakar-2027", [("count_academia", "many")])
            #expect(badCount.status == .unprocessableContent && badCount.body.contains("is not a whole number"))
            let counted = try await officer.post(
                "/en/evidence/manage/meetings/dakar-2027",
                [
                    ("count_government-agency", "12"), ("count_academia", "3"), ("by_country", "SN, government-agency, 7\nML, civil-society, 2"),
                ])
            #expect(counted.status == .seeOther)
            let countedPage = try await client.get("/en/evidence/meetings/dakar-2027").body
            #expect(
                countedPage.contains("<tr><th scope=\"row\">Civil society / NGO</th><td>2</td></tr>"),
                "a category without a total counts its rows by country")
            #expect(countedPage.contains("<tr><th scope=\"row\">Senegal</th><td>7</td></tr><tr><th scope=\"row\">Mali</th><td>2</td></tr>"))
            let noConsent = try await officer.post(
                "/en/evidence/manage/meetings/dakar-2027/participants",
                [
                    ("name", "Awa Diallo"), ("consent_date", "2027-03-10"),
                ])
            #expect(noConsent.status == .unprocessableContent && noConsent.body.contains("only with their consent"))
            let consented = try await officer.post(
                "/en/evidence/manage/meetings/dakar-2027/participants",
                [
                    ("name", "Awa Diallo"), ("organisation", "Ministry of Justice"), ("category", "government-agency"),
                    ("country", "SN"), ("consent", "yes"), ("consent_date", "2027-03-10"),
                ])
            #expect(consented.status == .seeOther)
            #expect(try await officer.get("/en/evidence/manage/meetings/dakar-2027").body.contains("Awa Diallo"))

            try await officer.get("/en/evidence/manage/findings/new?meeting=dakar-2027")
            let noText = try await officer.post(
                "/en/evidence/manage/findings/new",
                [
                    ("kind", "challenge"), ("region", "west-africa-sahel"), ("confidence", "confirmed"), ("source", "notes"),
                ])
            #expect(noText.status == .unprocessableContent && noText.body.contains("at least one language"))
            let saved = try await officer.post(
                "/en/evidence/manage/findings/new",
                [
                    ("kind", "challenge"), ("region", "west-africa-sahel"), ("meeting", "dakar-2027"), ("nexus_form", ""),
                    ("countries", "sn, ML"), ("crime_markets[]", "fuel"), ("confidence", "confirmed"), ("source", "Dakar notes"),
                    ("text_en", "Hand-written challenge about fuel."),
                ])
            #expect(saved.status == .unprocessableContent, "fuel is not a crime market")
            let handWritten = try await officer.post(
                "/en/evidence/manage/findings/new",
                [
                    ("kind", "challenge"), ("region", "west-africa-sahel"), ("meeting", "dakar-2027"), ("countries", "sn, ML"),
                    ("crime_markets[]", "illicit-excisable-goods"), ("practices[]", "informal-and-illicit-economies"),
                    ("confidence", "confirmed"), ("source", "Dakar notes"), ("text_en", "Hand-written challenge about fuel."),
                    ("text_fr", "Difficulté écrite à la main sur le carburant."),
                ])
            #expect(handWritten.status == .seeOther)

            try await officer.get("/en/evidence/manage/import")
            let refused = try await officer.upload(
                "/en/evidence/manage/import", [("what", "findings")],
                file: ("file", "findings.csv", Self.csv(bad: true)))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Line 5, column “\u{2068}region\u{2069}”: there is no region “\u{2068}atlantis\u{2069}”"))
            #expect(try await client.get("/api/v1/findings?meeting=dakar-2027").json()["total"] as? Int == 1, "nothing imported")
            let imported = try await officer.upload(
                "/en/evidence/manage/import", [("what", "findings")],
                file: ("file", "findings.csv", Self.csv(bad: false)))
            #expect(imported.status == .seeOther)
            #expect(try await officer.get(imported.headers[.location] ?? "").body.contains("Created: 12; updated: 0; unchanged: 0."))
            let binary = try await officer.upload(
                "/en/evidence/manage/import", [("what", "findings")],
                file: ("file", "findings.xlsx", [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00]))
            #expect(binary.status == .unprocessableContent && binary.body.contains("not UTF-8"))
            let participation = "meeting,category,country,count\ndakar-2027,private-sector,,4\ndakar-2027,government-agency,,12\n"
            let counts = try await officer.upload(
                "/en/evidence/manage/import", [("what", "participation")],
                file: ("file", "participation.csv", Array(participation.utf8)))
            #expect(counts.status == .seeOther)
            #expect(try await officer.get(counts.headers[.location] ?? "").body.contains("Meetings whose participation was replaced: 1."))

            // Everyone sees it: the dashboard and its map, the meeting, the practice, search, the exports.
            let region = try await client.get("/en/evidence/west-africa-sahel")
            #expect(region.status == .ok && region.body.contains("Imported finding 7") && region.body.contains("Dakar, Senegal"))
            #expect(region.body.contains("<svg") && region.body.contains("data-table"))
            let meeting = try await client.get("/en/evidence/meetings/dakar-2027").body
            #expect(meeting.contains("<li>Border routes</li>") && meeting.contains("10 March 2027 – 12 March 2027"))
            #expect(meeting.contains("Hand-written challenge") && meeting.contains("https://example.org/dakar-agenda.pdf"))
            #expect(!meeting.contains("Awa Diallo"), "names are never public")
            // The participation file replaced the form's counts: 12 government officials, 4 from the private sector.
            #expect(meeting.contains("<tr><th scope=\"row\">Government agency</th><td>12</td></tr>"))
            #expect(meeting.contains("<tr><th scope=\"row\">Private sector</th><td>4</td></tr>"))
            #expect(meeting.contains("<tr><th scope=\"row\">Academia</th><td>0</td></tr>"))
            for language in ["fr", "ar", "sq"] {
                let page = try await client.get("/\(language)/practices/informal-and-illicit-economies")
                #expect(page.status == .ok && page.body.contains("/\(language)/evidence/findings/"), "\(language)")
            }
            #expect(try await client.get("/fr/evidence/meetings/dakar-2027").body.contains("Difficulté écrite à la main"))
            #expect(try await client.get("/ar/evidence/west-africa-sahel").body.contains("استنتاج مستورد 7"))
            let search = try await client.get("/api/v1/search?lang=en&q=imported+ivory+border&region=west-africa-sahel").json()
            #expect((search["total"] as? Int ?? 0) >= 12)
            let export = try await client.get("/en/evidence/findings.csv")
            #expect(export.headers[.contentType] == "text/csv; charset=utf-8" && export.body.contains("Imported finding 12"))
            #expect(try await client.get("/en/evidence/participation.csv").body.contains("dakar-2027,private-sector,,4"))
            #expect(!(try await client.get("/en/evidence/participation.csv").body.contains("Awa")))

            let viewer = TestBrowser(client)
            try await viewer.signIn("viewer@example.org", Self.password)
            #expect(try await viewer.get("/en/evidence/manage").status == .forbidden)
        }
    }

    @Test("renaming a region in the editor lets search find its findings by the new name", arguments: TestEngine.available)
    func regionRenamed(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, seed: Self.seedOfficer) { client in
            let officer = TestBrowser(client)
            try await officer.signIn("officer@example.org", Self.password)
            let form = try await officer.get("/en/edit/regions/horn-east-africa")
            #expect(form.status == .ok, "programme officers edit regions")
            let before = try await client.get("/api/v1/search?lang=en&q=Zanjland&kind=finding").json()
            #expect(before["total"] as? Int == 0)
            let saved = try await officer.post(
                "/en/edit/regions/horn-east-africa",
                [
                    ("title", "The Horn of Africa and East Africa (Zanjland)"),
                    ("summary", "A region where Al-Shabaab earns from charcoal and sugar."),
                    ("status", "confirmed"), ("sources", "https://www.unicri.org/index.php/news/article/hague_good_practices_nexus_crime_terrorism"),
                    ("body", "Reports from the regional consultation."), ("action", "publish"),
                ])
            #expect(saved.status == .seeOther, "\(saved.status) \(saved.body.components(separatedBy: "notice-error").last?.prefix(600) ?? "")")
            let after = try await client.get("/api/v1/search?lang=en&q=Zanjland&kind=finding").json()
            #expect((after["total"] as? Int ?? 0) >= 3, "the region's findings are found by its new name")
        }
    }

    @Test("the four seeded meetings show their places, dates and partners in every language")
    func seededMeetings() async throws {
        try await TestApp.run { client in
            let expected = [
                ("algiers-2017", "Algiers, Algeria", "October 2017", "Ministry of Foreign Affairs of Algeria"),
                ("tirana-2018", "Tirana, Albania", "February 2018", "CVE Centre"),
                ("singapore-2018", "Singapore, Singapore", "March 2018", "INTERPOL"),
                ("nairobi-2018", "Nairobi, Kenya", "May 2018", "National Counter Terrorism Centre"),
            ]
            for (slug, place, date, partner) in expected {
                let page = try await client.get("/en/evidence/meetings/\(slug)").body
                #expect(page.contains(place) && page.contains(date) && page.contains(partner), "\(slug)")
            }
            #expect(try await client.get("/fr/evidence/meetings/tirana-2018").body.contains("février 2018"))
            #expect(try await client.get("/ar/evidence/meetings/nairobi-2018").body.contains("كينيا"))
            let overall = try await client.get("/en/evidence").body
            #expect(overall.contains("Regional meeting for the Balkans, Tirana") && overall.contains("class=\"map-"))
            for language in Language.allCases {
                let page = try await client.get("/\(language.code)/evidence/horn-east-africa")
                #expect(page.status == .ok && page.body.contains("heatmap"), "\(language)")
            }
        }
    }
}
