/// Every kind of write the audit log records. Stored by its raw value; a value this build
/// does not know is an error when read, never a row that silently disappears.
public enum AuditAction: String, CaseIterable, Sendable, Codable {
    case contentImport = "content.import"
    case contentDraft = "content.draft"
    case contentPublish = "content.publish"
    case userCreate = "user.create"
    case userUpdate = "user.update"
    case userPasswordChange = "user.password.change"
    case userPasswordReset = "user.password.reset"
    case tokenIssue = "token.issue"
    case tokenRevoke = "token.revoke"
    case findingSave = "finding.save"
    case findingImport = "finding.import"
    case findingSeed = "finding.seed"
    case findingDelete = "finding.delete"
    case participationReplace = "participation.replace"
    case participantAdd = "participant.add"
    case participantRemove = "participant.remove"
    case caseCreate = "case.create"
    case caseSave = "case.save"
    case caseImport = "case.import"
    case caseSeed = "case.seed"
    case caseDelete = "case.delete"
    case scenarioCreate = "scenario.create"
    case scenarioSave = "scenario.save"
    case scenarioImport = "scenario.import"
    case scenarioEventsImport = "scenario.events-import"
    case scenarioSeed = "scenario.seed"
    case scenarioDelete = "scenario.delete"
    case libraryItemSave = "library-item.save"
    case libraryItemDelete = "library-item.delete"

    /// What kind of thing the action changes.
    public var entityKind: AuditEntityKind {
        switch self {
        case .contentImport, .contentDraft, .contentPublish: .content
        case .userCreate, .userUpdate, .userPasswordChange, .userPasswordReset: .user
        case .tokenIssue, .tokenRevoke: .token
        case .findingSave, .findingImport, .findingSeed, .findingDelete: .finding
        case .participationReplace: .meeting
        case .participantAdd, .participantRemove: .participant
        case .caseCreate, .caseSave, .caseImport, .caseSeed, .caseDelete: .nexusCase
        case .scenarioCreate, .scenarioSave, .scenarioImport, .scenarioEventsImport, .scenarioSeed, .scenarioDelete: .scenario
        case .libraryItemSave, .libraryItemDelete: .libraryItem
        }
    }
}

/// The kinds of thing an audit entry names.
public enum AuditEntityKind: String, CaseIterable, Sendable, Codable {
    case content, user, token, finding, meeting, participant
    case nexusCase = "case"
    case scenario
    case libraryItem = "library-item"
}

/// Who acts, as the audit log records it.
public struct AuditActor: Sendable, Hashable {
    /// The acting user's account, when a user acts.
    public let userID: UserID?
    /// The actor as shown: an e-mail address, or one of the fixed labels below.
    public let label: String
    /// The client address, for requests.
    public let client: String?

    /// Creates an actor.
    public init(userID: UserID?, label: String, client: String? = nil) {
        self.userID = userID
        self.label = label
        self.client = client
    }

    /// The command line, run by whoever has access to the server.
    public static let commandLine = AuditActor(userID: nil, label: "command line")

    /// The server itself, setting up a new installation.
    public static let firstStart = AuditActor(userID: nil, label: "first start")

    /// A signed-in user.
    public static func user(_ user: User, client: String?) -> AuditActor {
        AuditActor(userID: user.id, label: user.email, client: client)
    }

    /// Someone not signed in (a sign-in attempt, say).
    public static func anonymous(client: String?) -> AuditActor {
        AuditActor(userID: nil, label: "anonymous", client: client)
    }
}
