import NexusDomain
import Testing

@Suite("Who may read which case")
struct CaseAccessTests {
    static func user(_ roles: Set<Role>, active: Bool = true) -> User {
        User(id: "u", email: "u@example.org", name: "U", preferredLanguage: .en, roles: roles, isActive: active)
    }

    static func record(_ status: CaseStatus, _ level: PublicationLevel, roles: Set<Role> = []) -> NexusCase {
        var record = CaseSamples.valid()
        record.status = status
        record.publication = level
        record.restrictedTo = roles
        return record.normalized
    }

    @Test("the rule for every audience and principal")
    func matrix() {
        let anonymous = Principal.anonymous
        let viewer = Principal.session(Self.user([.viewer]))
        let facilitator = Principal.session(Self.user([.facilitator]))
        let officer = Principal.session(Self.user([.programmeOfficer]))
        let editor = Principal.session(Self.user([.editor]))
        let inactiveEditor = Principal.session(Self.user([.editor], active: false))
        let facilitatorToken = Principal.token(Self.user([.facilitator, .editor]), role: .facilitator)
        let cases: [(NexusCase, Set<String>)] = [
            // A deactivated account reads what a visitor reads.
            (Self.record(.published, .public), ["anonymous", "viewer", "facilitator", "officer", "editor", "inactive", "token"]),
            (Self.record(.published, .registered), ["viewer", "facilitator", "officer", "editor", "token"]),
            (Self.record(.published, .restricted, roles: [.facilitator]), ["facilitator", "editor", "token"]),
            (Self.record(.published, .restricted), ["editor"]),
            (Self.record(.draft, .public), ["officer", "editor"]),
        ]
        let principals: [(String, Principal)] = [
            ("anonymous", anonymous), ("viewer", viewer), ("facilitator", facilitator), ("officer", officer), ("editor", editor),
            ("inactive", inactiveEditor), ("token", facilitatorToken),
        ]
        for (record, readers) in cases {
            for (name, principal) in principals {
                #expect(CaseAccess.canRead(principal, record) == readers.contains(name), "\(name) reading \(CaseAccess.audience(of: record))")
            }
        }
    }

    @Test("the audience words search filters by match the rule")
    func words() {
        #expect(CaseAccess.audiences(for: .anonymous).words == ["public"])
        #expect(CaseAccess.audiences(for: .session(Self.user([.facilitator]))).words == ["public", "registered", "role:facilitator"])
        #expect(CaseAccess.audiences(for: .session(Self.user([.editor]))).words == nil)
        #expect(CaseAccess.audience(of: Self.record(.published, .restricted, roles: [.facilitator, .editor])).words == ["role:facilitator"])
    }
}
