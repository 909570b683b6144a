public import NexusDomain
public import NexusPersistence

extension Route {
    /// The signed-in parts of the site: the account, administration, editing and
    /// translation. Unlike toolkit pages they depend on who asks, so they are never cached.
    public enum AppPage: Hashable, Sendable {
        case signIn
        case signOut
        case account
        case accountPassword
        case users
        case user(UserID)
        case userPassword(UserID)
        case userTokens(UserID)
        case tokenRevoke(TokenID)
        case auditLog
        case auditLogCSV
        case editIndex
        case editItem(ContentKind, String)
        case editHistory(ContentKind, String)
        case translations
        case translateItem(Language, ContentKind, String)
        /// Recording evidence: meetings, findings, imports.
        case evidenceManage
        /// A form for a new consultation meeting.
        case meetingNew
        /// A meeting's participation counts and named participants.
        case meetingRecord(String)
        /// Adds a participant who consented (POST).
        case participantAdd(String)
        /// Erases a participant's record (POST).
        case participantRemove(meeting: String, id: String)
        /// A form for a new finding; `?meeting=` fills in the meeting and region.
        case findingNew
        /// A finding's form.
        case findingEdit(String)
        /// Deletes a finding (POST).
        case findingDelete(String)
        /// Uploading findings or participation as CSV.
        case evidenceImport
        /// Every finding or participation count as CSV, for everyone.
        case evidenceExport(EvidenceExport)
    }

    /// The evidence files anyone can download.
    public enum EvidenceExport: String, Hashable, Sendable, CaseIterable {
        case findings
        case participation
    }
}

extension Route.AppPage {
    var pathSuffix: String {
        switch self {
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .account: "/account"
        case .accountPassword: "/account/password"
        case .users: "/admin/users"
        case .user(let id): "/admin/users/\(id)"
        case .userPassword(let id): "/admin/users/\(id)/password"
        case .userTokens(let id): "/admin/users/\(id)/tokens"
        case .tokenRevoke(let id): "/admin/tokens/\(id)/revoke"
        case .auditLog: "/admin/audit"
        case .auditLogCSV: "/admin/audit.csv"
        case .editIndex: "/edit"
        case .editItem(let kind, let slug): "/edit/\(kind.folder)/\(slug)"
        case .editHistory(let kind, let slug): "/edit/\(kind.folder)/\(slug)/history"
        case .translations: "/translate"
        case .translateItem(let target, let kind, let slug): "/translate/\(target.code)/\(kind.folder)/\(slug)"
        case .evidenceManage: "/evidence/manage"
        case .meetingNew: "/evidence/manage/meetings/new"
        case .meetingRecord(let slug): "/evidence/manage/meetings/\(slug)"
        case .participantAdd(let slug): "/evidence/manage/meetings/\(slug)/participants"
        case .participantRemove(let slug, let id): "/evidence/manage/meetings/\(slug)/participants/\(id)/remove"
        case .findingNew: "/evidence/manage/findings/new"
        case .findingEdit(let id): "/evidence/manage/findings/\(id)"
        case .findingDelete(let id): "/evidence/manage/findings/\(id)/delete"
        case .evidenceImport: "/evidence/manage/import"
        case .evidenceExport(let file): "/evidence/\(file.rawValue).csv"
        }
    }

    var name: String {
        switch self {
        case .signIn: "sign_in"
        case .signOut: "sign_out"
        case .account: "account"
        case .accountPassword: "account_password"
        case .users: "users"
        case .user: "user"
        case .userPassword: "user_password"
        case .userTokens: "user_tokens"
        case .tokenRevoke: "token_revoke"
        case .auditLog: "audit_log"
        case .auditLogCSV: "audit_log_csv"
        case .editIndex: "edit_index"
        case .editItem: "edit_item"
        case .editHistory: "edit_history"
        case .translations: "translations"
        case .translateItem: "translate_item"
        case .evidenceManage: "evidence_manage"
        case .meetingNew: "meeting_new"
        case .meetingRecord: "meeting_record"
        case .participantAdd: "participant_add"
        case .participantRemove: "participant_remove"
        case .findingNew: "finding_new"
        case .findingEdit: "finding_edit"
        case .findingDelete: "finding_delete"
        case .evidenceImport: "evidence_import"
        case .evidenceExport: "evidence_export"
        }
    }

    /// Parses the segments after `/{lang}` of a signed-in page.
    static func parse(_ segments: [String]) -> Route.AppPage? {
        if segments.first == "evidence" { return parseEvidence(Array(segments.dropFirst())) }
        func id(_ text: String) -> String? {
            text.count <= 64 && !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? text : nil
        }
        func user(_ text: String) -> UserID? { id(text).map { UserID($0) } }
        switch segments.count {
        case 1:
            switch segments[0] {
            case "sign-in": return .signIn
            case "sign-out": return .signOut
            case "account": return .account
            case "edit": return .editIndex
            case "translate": return .translations
            default: return nil
            }
        case 2:
            switch (segments[0], segments[1]) {
            case ("account", "password"): return .accountPassword
            case ("admin", "users"): return .users
            case ("admin", "audit"): return .auditLog
            case ("admin", "audit.csv"): return .auditLogCSV
            default: return nil
            }
        case 3:
            if segments[0] == "admin", segments[1] == "users" { return user(segments[2]).map(Self.user) }
            if segments[0] == "edit", let kind = ContentKind(folder: segments[1]), segments[2].isValidSlug {
                return .editItem(kind, segments[2])
            }
            return nil
        case 4:
            if segments[0] == "admin", segments[1] == "users", let user = user(segments[2]) {
                switch segments[3] {
                case "password": return .userPassword(user)
                case "tokens": return .userTokens(user)
                default: return nil
                }
            }
            if segments[0] == "admin", segments[1] == "tokens", segments[3] == "revoke" {
                return id(segments[2]).map { .tokenRevoke(TokenID($0)) }
            }
            if segments[0] == "edit", let kind = ContentKind(folder: segments[1]), segments[2].isValidSlug, segments[3] == "history" {
                return .editHistory(kind, segments[2])
            }
            if segments[0] == "translate", let target = Language(rawValue: segments[1]), target != .source,
               let kind = ContentKind(folder: segments[2]), segments[3].isValidSlug {
                return .translateItem(target, kind, segments[3])
            }
            return nil
        default:
            return nil
        }
    }

    /// Parses the segments after `/{lang}/evidence` of a signed-in page or an export.
    private static func parseEvidence(_ segments: [String]) -> Route.AppPage? {
        if segments.count == 1, segments[0].hasSuffix(".csv") {
            return Route.EvidenceExport(rawValue: String(segments[0].dropLast(4))).map(Self.evidenceExport)
        }
        guard segments.first == "manage" else { return nil }
        let rest = Array(segments.dropFirst())
        switch rest.count {
        case 0: return .evidenceManage
        case 1: return rest[0] == "import" ? .evidenceImport : nil
        case 2:
            guard rest[1].isValidSlug else { return nil }
            switch (rest[0], rest[1]) {
            case ("meetings", "new"): return .meetingNew
            case ("findings", "new"): return .findingNew
            case ("meetings", let slug): return .meetingRecord(slug)
            case ("findings", let id): return .findingEdit(id)
            default: return nil
            }
        case 3:
            guard rest[1].isValidSlug, rest[1] != "new" else { return nil }
            if rest[0] == "meetings", rest[2] == "participants" { return .participantAdd(rest[1]) }
            if rest[0] == "findings", rest[2] == "delete" { return .findingDelete(rest[1]) }
            return nil
        case 5:
            guard rest[0] == "meetings", rest[1].isValidSlug, rest[2] == "participants", rest[3].isValidSlug, rest[4] == "remove"
            else { return nil }
            return .participantRemove(meeting: rest[1], id: rest[3])
        default:
            return nil
        }
    }
}
