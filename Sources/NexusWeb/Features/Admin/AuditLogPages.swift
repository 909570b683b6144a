import Logging
import NexusLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusPersistence
import NexusApplication
import NIOCore

/// The audit log, for administrators: a paged table and a CSV export.
struct AuditLogPages {
    struct Row: Sendable {
        /// The moment to the second, for reading; the CSV keeps the stored precision.
        let at: String
        let actor: String
        /// The action in the reader's language, and its stable code (shown as a tooltip
        /// and used in the CSV).
        let action: String
        let actionCode: String
        let entity: String
        let before: String?
        let after: String?
    }

    struct Model: Sendable {
        let title: String
        let rows: [Row]
        let csvHref: String
        let previousHref: String?
        let nextHref: String?
    }

    static let pageSize = 50
    let app: SignedInPage

    func answer(_ page: AdminRoute.Page) async throws -> Response {
        let log = app.services.accounts.audit
        if page == .auditLogCSV { return try await csv(log) }
        let pages = Paging(query: app.request.formQuery, size: Self.pageSize, total: try await log.count())
        let entries = try await log.entries(limit: pages.size, offset: pages.offset)
        let links = pages.links(Route.admin(.page(app.language, .auditLog)).path)
        let model = Model(
            title: app.t(.auditTitle),
            rows: entries.map {
                Row(
                    at: app.t.moment($0.at), actor: app.t.actor($0.actor), action: app.t(Self.actionKey($0.action)),
                    actionCode: $0.action.rawValue, entity: "\($0.entityKind.rawValue) \($0.entityID)", before: $0.before,
                    after: $0.after)
            },
            csvHref: Route.admin(.page(app.language, .auditLogCSV)).path,
            previousHref: links.previous, nextHref: links.next)
        return app.render(
            PageResult(template: "admin-audit", layout: app.layout(model.title, route: .admin(.page(app.language, .auditLog))), model: model))
    }

    /// The label of each action the product records.
    static func actionKey(_ action: AuditAction) -> UIKey {
        switch action {
        case .contentImport: .auditActionContentImport
        case .contentDraft: .auditActionContentDraft
        case .contentPublish: .auditActionContentPublish
        case .userCreate: .auditActionUserCreate
        case .userUpdate: .auditActionUserUpdate
        case .userPasswordChange: .auditActionUserPasswordChange
        case .userPasswordReset: .auditActionUserPasswordReset
        case .tokenIssue: .auditActionTokenIssue
        case .tokenRevoke: .auditActionTokenRevoke
        case .findingSave: .auditActionFindingSave
        case .findingImport: .auditActionFindingImport
        case .findingSeed: .auditActionFindingSeed
        case .findingDelete: .auditActionFindingDelete
        case .participationReplace: .auditActionParticipationReplace
        case .participantAdd: .auditActionParticipantAdd
        case .participantRemove: .auditActionParticipantRemove
        case .caseCreate: .auditActionCaseCreate
        case .caseSave: .auditActionCaseSave
        case .caseImport: .auditActionCaseImport
        case .caseSeed: .auditActionCaseSeed
        case .caseDelete: .auditActionCaseDelete
        case .scenarioCreate: .auditActionScenarioCreate
        case .scenarioSave: .auditActionScenarioSave
        case .scenarioImport: .auditActionScenarioImport
        case .scenarioEventsImport: .auditActionScenarioEventsImport
        case .scenarioSeed: .auditActionScenarioSeed
        case .scenarioDelete: .auditActionScenarioDelete
        case .libraryItemSave: .auditActionLibraryItemSave
        case .libraryItemDelete: .auditActionLibraryItemDelete
        }
    }

    /// Every entry as CSV (RFC 4180), UTF-8 with a byte-order mark so that spreadsheet
    /// programs read Arabic and Albanian text correctly.
    private func csv(_ log: AuditLog) async throws -> Response {
        var lines = ["at,actor,action,entity_kind,entity_id,before,after,client"]
        var offset = 0
        while true {
            let entries = try await log.entries(limit: 1000, offset: offset)
            lines += entries.map { entry in
                [
                    entry.at.ISO8601Format(.init(includingFractionalSeconds: true)), entry.actor, entry.action.rawValue,
                    entry.entityKind.rawValue, entry.entityID, entry.before ?? "", entry.after ?? "", entry.client ?? "",
                ]
                .map(Self.field).joined(separator: ",")
            }
            if entries.count < 1000 { break }
            offset += 1000
        }
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"nexus-audit-log.csv\"",
            ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func field(_ value: String) -> String {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
