import NexusDomain
import Testing

@Suite("Who may do what")
struct AuthorizationTests {
    private func user(_ roles: Set<Role>, languages: Set<Language> = [], active: Bool = true) -> User {
        User(id: "u", email: "u@example.org", name: "U", preferredLanguage: .en, roles: roles, languages: languages, isActive: active)
    }

    @Test("anonymous visitors read the published toolkit and nothing else")
    func anonymous() {
        #expect(Authorization.allows(.anonymous, .readPublished))
        for permission: Permission in [
            .manageOwnAccount, .readNonPublic, .editContent, .recordEvidence, .translate(nil), .manageUsers, .readAuditLog,
        ] {
            #expect(!Authorization.allows(.anonymous, permission))
        }
    }

    @Test("translators translate only into their languages, never into English")
    func translators() {
        let french = Principal.session(user([.translator], languages: [.fr]))
        #expect(Authorization.allows(french, .translate(.fr)))
        #expect(!Authorization.allows(french, .translate(.ar)))
        #expect(!Authorization.allows(french, .translate(.en)))
        #expect(!Authorization.allows(french, .editContent))
        #expect(!Authorization.allows(.session(user([.translator])), .translate(nil)))
    }

    @Test("editors edit and translate; only admins manage users and read the audit log")
    func editorsAndAdmins() {
        let editor = Principal.session(user([.editor]))
        #expect(Authorization.allows(editor, .editContent) && Authorization.allows(editor, .translate(.sq)))
        #expect(!Authorization.allows(editor, .manageUsers) && !Authorization.allows(editor, .readAuditLog))
        let admin = Principal.session(user([.admin]))
        #expect(Authorization.allows(admin, .manageUsers) && Authorization.allows(admin, .readAuditLog))
    }

    @Test("programme officers record evidence but do not edit the rest of the toolkit; editors do both")
    func programmeOfficers() {
        let officer = Principal.session(user([.programmeOfficer]))
        #expect(Authorization.allows(officer, .recordEvidence))
        #expect(!Authorization.allows(officer, .editContent) && !Authorization.allows(officer, .translate(nil)))
        #expect(Authorization.allows(.session(user([.editor])), .recordEvidence))
        #expect(!Authorization.allows(.session(user([.translator], languages: [.fr])), .recordEvidence))
        #expect(!Authorization.allows(.session(user([.viewer])), .recordEvidence))
    }

    @Test("a token acts with its own role only, and a deactivated user can do nothing")
    func tokensAndDeactivation() {
        let both = user([.admin, .editor])
        #expect(!Authorization.allows(.token(both, role: .editor), .manageUsers))
        #expect(Authorization.allows(.token(both, role: .editor), .editContent))
        #expect(!Authorization.allows(.token(user([.viewer]), role: .editor), .editContent), "a role the user no longer holds")
        #expect(!Authorization.allows(.session(user([.admin], active: false)), .manageUsers))
    }

    @Test(
        "passwords must be long, uncommon and not the account's own name",
        arguments: [
            ("short", PasswordPolicy.Problem.tooShort(minimum: 12)),
            ("password1234", .common), ("aaaaaaaaaaaaaaaa", .common), ("123456789012", .common),
            ("ed.itor-secret-123", .containsIdentity),
            (String(repeating: "é", count: 40), .tooLong(maximum: 72)),
        ])
    func passwords(password: String, problem: PasswordPolicy.Problem) {
        #expect(PasswordPolicy.problem(with: password, email: "ed.itor@example.org", name: "Ed Itor") == problem)
    }

    @Test("a good passphrase passes")
    func goodPassword() {
        #expect(PasswordPolicy.problem(with: "correct horse battery", email: "a@b.org", name: "Ann") == nil)
    }
}
