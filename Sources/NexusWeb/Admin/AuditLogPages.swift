import Logging
import NexusLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusPersistence
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
    let app: AppHandlers

    func answer(_ page: Route.AppPage) async throws -> Response {
        let log = app.services.accounts.audit
        if page == .auditLogCSV { return try await csv(log) }
        let number = max(1, Int(app.request.formQuery["page"] ?? "1") ?? 1)
        let entries = try await log.entries(limit: Self.pageSize, offset: (number - 1) * Self.pageSize)
        let total = try await log.count()
        let base = Route.app(app.language, .auditLog).path
        let model = Model(
            title: app.t(.auditTitle),
            rows: entries.map {
                Row(at: StoredTime.toSecond($0.at), actor: actorLabel($0.actor),
                    action: Self.actionKey($0.action).map { app.t($0) } ?? $0.action, actionCode: $0.action, entity: "\($0.entityKind) \($0.entityID)", before: $0.before, after: $0.after)
            },
            csvHref: Route.app(app.language, .auditLogCSV).path,
            previousHref: number > 1 ? "\(base)?page=\(number - 1)" : nil,
            nextHref: number * Self.pageSize < total ? "\(base)?page=\(number + 1)" : nil)
        return app.render(PageResult(template: "admin-audit", layout: app.layout(model.title, page: .auditLog), model: model))
    }

    /// The product's own actors in the reader's language; people by their address.
    func actorLabel(_ stored: String) -> String {
        switch stored {
        case Accounts.Actor.commandLine.label: app.t(.auditActorCommandLine)
        case Accounts.Actor.firstStart.label: app.t(.auditActorFirstStart)
        default: stored
        }
    }

    /// The label of each action the product records; an action without one is shown by its code.
    static func actionKey(_ code: String) -> UIKey? {
        switch code {
        case "content.import": .auditActionContentImport
        case "content.draft": .auditActionContentDraft
        case "content.publish": .auditActionContentPublish
        case "user.create": .auditActionUserCreate
        case "user.update": .auditActionUserUpdate
        case "user.password.change": .auditActionUserPasswordChange
        case "user.password.reset": .auditActionUserPasswordReset
        case "token.issue": .auditActionTokenIssue
        case "token.revoke": .auditActionTokenRevoke
        default: nil
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
                [entry.at, entry.actor, entry.action, entry.entityKind, entry.entityID, entry.before ?? "", entry.after ?? "",
                 entry.client ?? ""].map(Self.field).joined(separator: ",")
            }
            if entries.count < 1000 { break }
            offset += 1000
        }
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        return Response(status: .ok, headers: [
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
