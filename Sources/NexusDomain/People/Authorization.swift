/// Something a request asks to do.
public enum Permission: Sendable, Hashable {
    /// Read the published toolkit: everyone, signed in or not.
    case readPublished
    /// Use the account pages of one's own account.
    case manageOwnAccount
    /// Read what is not public (drafts, history).
    case readNonPublic
    /// Edit and publish toolkit content.
    case editContent
    /// Record regional evidence: meetings, participation, findings, their imports.
    case recordEvidence
    /// Write case drafts (programme officers as well as editors).
    case draftCases
    /// Edit, publish and import cases, and read every one of them.
    case editCases
    /// Design scenario exercises, and read them with their expected actions: facilitators,
    /// editors and administrators.
    case designExercises
    /// Translate into a given language, or into any of one's languages when `nil`.
    case translate(Language?)
    /// Open the translators' dashboard: translators, and those who design exercises, who
    /// translate their scenarios from it.
    case seeTranslationWork
    /// Manage users, roles and tokens.
    case manageUsers
    /// Read and export the audit log.
    case readAuditLog
}

/// Who is making a request.
public enum Principal: Sendable, Hashable {
    /// Nobody signed in.
    case anonymous
    /// A signed-in user, by browser session.
    case session(User)
    /// An API client, by bearer token, acting with the token's role only.
    case token(User, role: Role)

    /// The user behind the request, if any.
    public var user: User? {
        switch self {
        case .anonymous: nil
        case .session(let user), .token(let user, _): user
        }
    }

    /// The roles that count for this request: a token carries one role, a session all the user's.
    public var roles: Set<Role> {
        switch self {
        case .anonymous: []
        case .session(let user): user.roles
        case .token(let user, let role): user.roles.contains(role) ? [role] : []
        }
    }
}

/// The one place that decides who may do what.
public enum Authorization {
    /// Whether `principal` may do `permission`.
    public static func allows(_ principal: Principal, _ permission: Permission) -> Bool {
        if let user = principal.user, !user.isActive { return false }
        let roles = principal.roles
        switch permission {
        case .readPublished:
            return true
        case .manageOwnAccount:
            return principal.user != nil
        case .readNonPublic:
            return !roles.isEmpty  // every role reads non-public data, roles added later too
        case .editContent:
            return !roles.isDisjoint(with: [.admin, .editor])
        case .recordEvidence, .draftCases:
            return !roles.isDisjoint(with: [.admin, .editor, .programmeOfficer])
        case .editCases:
            return !roles.isDisjoint(with: [.admin, .editor])
        case .designExercises:
            return !roles.isDisjoint(with: [.admin, .editor, .facilitator])
        case .translate(let language):
            if !roles.isDisjoint(with: [.admin, .editor]) { return true }
            guard roles.contains(.translator), let user = principal.user else { return false }
            return language.map { $0 != .source && user.languages.contains($0) } ?? !user.languages.isEmpty
        case .seeTranslationWork:
            return allows(principal, .translate(nil)) || allows(principal, .designExercises)
        case .manageUsers, .readAuditLog:
            return roles.contains(.admin)
        }
    }
}
