import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

/// Every read operation in each of the four languages — every practice, meeting and
/// finding the bundled content has, not a sample — then the filters, paging and search.
struct ContractReads {
    let api: ContractClient
    let people: ContractPeople

    func run() async throws {
        for language in Language.allCases { try await toolkit(in: language) }
        for language in Language.allCases { try await evidence(in: language) }
        for language in Language.allCases { try await cases(in: language) }
        try await findingFilters()
        try await search()
        try await api.send(.get, "/healthz", expect: .ok)
        // Public reads need no token, but one that is valid does no harm.
        try await api.send(.get, "/api/v1/meetings?lang=fr", token: people.officer, expect: .ok)
        let users = try await api.send(.get, "/api/v1/users?limit=1&offset=1&lang=sq", token: people.admin, expect: .ok)
        #expect(users.json?["users"]?.arrayValue?.count == 1 && users.json?["total"] == .integer(2) && users.json?["offset"] == .integer(1))
        try await api.send(.get, "/api/v1/users", token: people.admin, expect: .ok)
    }

    private func toolkit(in language: Language) async throws {
        let lang = "lang=\(language.code)"
        let practices = try await api.send(.get, "/api/v1/practices?\(lang)", expect: .ok)
        let listed = practices.json?["practices"]?.arrayValue ?? []
        #expect(listed.count >= 10, "the bundled toolkit lists its practices in \(language.code)")
        for practice in listed {
            guard let slug = practice["slug"]?.stringValue else { continue }
            try await api.send(.get, "/api/v1/practices/\(slug)?\(lang)", expect: .ok)
        }
        if case .integer(let number)? = listed.first?["number"] {
            let byNumber = try await api.send(.get, "/api/v1/practices/\(number)?\(lang)", expect: .ok)
            #expect(byNumber.json?["number"] == .integer(number))
        }
        for list in ["themes", "instruments", "actors", "initiatives", "concept"] {
            let answer = try await api.send(.get, "/api/v1/\(list)?\(lang)", expect: .ok)
            #expect(answer.json?["language"] == .string(language.code))
        }
        // Without lang, English.
        try await api.send(.get, "/api/v1/concept", expect: .ok)
    }

    private func evidence(in language: Language) async throws {
        let lang = "lang=\(language.code)"
        let meetings = try await api.send(.get, "/api/v1/meetings?\(lang)", expect: .ok)
        let slugs = meetings.json?["meetings"]?.arrayValue?.compactMap { $0["slug"]?.stringValue } ?? []
        #expect(slugs.contains("tirana-2018"))
        for slug in slugs {
            try await api.send(.get, "/api/v1/meetings/\(slug)?\(lang)", expect: .ok)
            try await api.send(.get, "/api/v1/meetings/\(slug)/participation?\(lang)", expect: .ok)
        }
        let findings = try await api.send(.get, "/api/v1/findings?limit=1000&\(lang)", expect: .ok)
        let ids = findings.json?["findings"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ids.count >= 20 && findings.json?["total"] == .integer(Int64(ids.count)))
        for id in ids { try await api.send(.get, "/api/v1/findings/\(id)?\(lang)", expect: .ok) }
    }

    /// Every bundled case in each language, then the facets; a token shows no less.
    private func cases(in language: Language) async throws {
        let lang = "lang=\(language.code)"
        let listed = try await api.send(.get, "/api/v1/cases?limit=200&\(lang)", expect: .ok)
        let ids = listed.json?["cases"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(!ids.isEmpty && listed.json?["total"] == .integer(Int64(ids.count)))
        for id in ids {
            try await api.send(.get, "/api/v1/cases/\(id)?\(lang)", expect: .ok)
            let bundle = try await api.send(.get, "/api/v1/cases/\(id)/stix?\(lang)", expect: .ok)
            #expect(bundle.headers[.contentType] == "application/stix+json;version=2.1")
        }
        try await api.send(.get, "/api/v1/cases/stix?\(lang)", headers: [.accept: "application/json"], expect: .ok)
        guard language == .en else { return }
        for query in ["region=west-africa-sahel&limit=2&offset=1", "stage=cooperation&origin=composite", "year=1901", "limit=500"] {
            try await api.send(.get, "/api/v1/cases/stix?\(query)", expect: .ok)
        }
        try await api.send(.get, "/api/v1/cases/stix", token: people.editor, expect: .ok)
        for query in [
            "region=west-africa-sahel", "country=ML", "market=kidnapping-for-ransom", "form=transactional", "stage=cooperation",
            "practice=consistent-legal-frameworks", "instrument=unscr-2133", "year=2013", "origin=composite", "language=fr",
            "limit=1&offset=1", "offset=1000",
        ] {
            try await api.send(.get, "/api/v1/cases?\(query)", expect: .ok)
        }
        try await api.send(.get, "/api/v1/cases?lang=ar", token: people.editor, expect: .ok)
    }

    private func findingFilters() async throws {
        for query in [
            "region=balkans&kind=manifestation", "meeting=tirana-2018&lang=ar", "practice=consistent-legal-frameworks",
            "country=AL&lang=fr", "country=al", "kind=promising-practice&limit=2&offset=1",
        ] {
            try await api.send(.get, "/api/v1/findings?\(query)", expect: .ok)
        }
        let page = try await api.send(.get, "/api/v1/findings?limit=3&offset=2", expect: .ok)
        #expect(page.json?["findings"]?.arrayValue?.count == 3)
        let beyond = try await api.send(.get, "/api/v1/findings?offset=100000", expect: .ok)
        #expect(beyond.json?["findings"]?.arrayValue?.isEmpty == true)
    }

    private func search() async throws {
        for (language, words) in [(Language.en, "terrorism"), (.fr, "criminalité organisée"), (.ar, "الإرهاب"), (.sq, "terrorizmit"), (.en, "nexus")]
        {
            let found = try await api.send(.get, "/api/v1/search?q=\(Self.escape(words))&lang=\(language.code)", expect: .ok)
            #expect((found.json?["results"]?.arrayValue?.count ?? 0) > 0, "\(words) finds something in \(language.code)")
        }
        // Every kind a search source registers, each asked for alone.
        let wordsByKind: [SearchKind: String] = [.region: "balkans", .meeting: "tirana", .finding: "smuggling", .case: "ransom"]
        for kind in SearchSources.kinds {
            try await api.send(.get, "/api/v1/search?q=\(wordsByKind[kind] ?? "nexus")&kind=\(kind.rawValue)", expect: .ok)
        }
        for query in [
            "q=nexus&language=fr&lang=sq", "q=nexus&page=2", "q=crime&region=balkans", "q=nexus&theme=a",
            "q=ransom&practice=criminal-justice-response", "q=", "page=1",
        ] {
            try await api.send(.get, "/api/v1/search?\(query)", expect: .ok)
        }
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
