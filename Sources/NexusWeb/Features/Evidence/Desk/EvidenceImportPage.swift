import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// Importing findings or participation counts from a CSV file: every line is checked
/// first, and a file with any problem imports nothing and lists its problems by line
/// and column.
struct EvidenceImportPage {
    let app: SignedInPage
    /// How many problems the page lists before it only counts the rest.
    static let problemsShown = 50

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let kinds: [FormOption]
        let errors: [String]
        let errorLead: String?
        let manageHref: String
    }

    func answer(form: FormBody?) async throws -> Response {
        guard let form else { return render(what: "findings", errors: [], lead: nil) }
        let what = form.text("what") == "participation" ? "participation" : "findings"
        let t = app.t
        if form["file" + FormBody.notUTF8Suffix] != nil {
            return render(what: what, errors: [], lead: t(.importNotUTF8), status: .unprocessableContent)
        }
        let text = form["file"] ?? ""
        guard !text.isEmpty else { return render(what: what, errors: [], lead: t(.importNoFile), status: .unprocessableContent) }
        let recording = app.services.app.evidence
        let actor = app.identity.actor
        if what == "participation" {
            switch try await recording.importParticipation(csv: text, by: actor) {
            case .failure(let rejected): return failed(rejected.problems, what: what)
            case .success(let changed): return redirect(["done": "imported-participation", "count": String(changed.count)])
            }
        }
        switch try await recording.importFindings(csv: text, by: actor) {
        case .failure(let rejected): return failed(rejected.problems, what: what)
        case .success(let outcomes):
            return redirect([
                "done": "imported-findings", "created": String(outcomes[.created] ?? 0),
                "updated": String(outcomes[.updated] ?? 0), "unchanged": String(outcomes[.unchanged] ?? 0),
            ])
        }
    }

    private func failed(_ problems: [CSVProblem], what: String) -> Response {
        let t = app.t
        var lines = problems.prefix(Self.problemsShown).map { EvidenceMessages.line($0, t) }
        if problems.count > Self.problemsShown {
            lines.append(t(.importProblemsMore, ["count": t.number(problems.count - Self.problemsShown)]))
        }
        return render(
            what: what, errors: lines, lead: t(.importFailed, ["count": t.number(problems.count)]),
            status: .unprocessableContent)
    }

    /// To the desk, which says what the import did.
    private func redirect(_ query: KeyValuePairs<String, String>) -> Response {
        var components = URLComponents()
        components.path = Route.evidence(.desk(app.language, .manage)).path
        components.queryItems = query.map { URLQueryItem(name: $0.key, value: $0.value) }
        return Response(status: .seeOther, headers: [.location: components.string ?? components.path])
    }

    private func render(what: String, errors: [String], lead: String?, status: HTTPResponse.Status = .ok) -> Response {
        let t = app.t
        let model = Model(
            title: t(.importTitle), intro: t(.importIntro), action: Route.evidence(.desk(app.language, .importFile)).path,
            csrfToken: app.identity.csrfToken,
            kinds: [
                FormOption(value: "findings", label: t(.importFindings), isSelected: what == "findings"),
                FormOption(value: "participation", label: t(.importParticipation), isSelected: what == "participation"),
            ],
            errors: errors, errorLead: lead, manageHref: Route.evidence(.desk(app.language, .manage)).path)
        return app.render(
            PageResult(
                template: "evidence-import", layout: app.layout(model.title, route: .evidence(.desk(app.language, .importFile))),
                model: model), status: status)
    }
}

/// The evidence as CSV files anyone can download: the same layouts the import reads.
enum EvidenceExports {
    /// The download links, for the dashboards and the desk.
    static func links(_ language: Language, _ t: Localizer) -> [FindingCard.Link] {
        EvidenceRoute.Export.allCases.map { file in
            FindingCard.Link(
                href: Route.evidence(.export(language, file)).path,
                label: file == .findings ? t(.evidenceDownloadFindings) : t(.evidenceDownloadParticipation))
        }
    }

    static func answer(_ file: EvidenceRoute.Export, evidence: EvidenceSnapshot) -> Response {
        let text =
            switch file {
            case .findings: EvidenceCSV.write(evidence.findings)
            case .participation: EvidenceCSV.write(evidence.participation)
            }
        var response = Response.bytes(Array(text.utf8), contentType: "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"nexus-\(file.rawValue).csv\""
        return response
    }
}
