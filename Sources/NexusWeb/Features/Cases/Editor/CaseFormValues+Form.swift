import Foundation
import NexusDomain

extension CaseFormValues {
    /// The most rows of one kind a form is read with; more than validation allows anyway.
    static let maximumRows = 250

    /// What the form's buttons ask for.
    enum Action: Equatable {
        case save
        case add(Rows)
    }

    /// The action a sent form asks for: saving, unless an "add a row" button sent it.
    static func action(of form: FormBody) -> Action {
        guard let value = form["_action"], value.hasPrefix("add-"), let rows = Rows(rawValue: String(value.dropFirst(4))) else {
            return .save
        }
        return .add(rows)
    }

    /// Reads a sent form. The languages fall back to `language` when missing or unknown;
    /// everything else is kept as typed, to be shown again or read by ``converted(base:)``.
    init(form: FormBody, language: Language) {
        self.init()
        id = form.text("id")
        revision = form["revision"].flatMap { Int($0) }
        sourceLanguage = form["source_language"].flatMap(Language.init(code:)) ?? language
        textLanguage = form["text_language"].flatMap(Language.init(code:)) ?? sourceLanguage
        status = form.text("status")
        publication = form.text("publication")
        restrictedTo = form.all("restricted_to")
        origin = form.text("origin")
        title = form.text("title")
        summary = form.text("summary")
        analysis = form.text("analysis")
        periodStart = form.text("period_start")
        periodEnd = form.text("period_end")
        regions = form.all("regions")
        countries = form.text("countries")
        markets = form.all("markets")
        self.form = form.text("form")
        stage = form.text("stage")
        factors = form.all("factors")
        watchPoints = form.all("watch_points")
        practices = form.all("practices")
        instruments = form.all("instruments")
        sources = Self.rows(.source, form) { field in
            SourceRow(
                id: field("id"), citation: field("citation"), url: field("url"), reliability: field("reliability"),
                credibility: field("credibility"), remove: !field("remove").isEmpty)
        }
        actors = Self.rows(.actor, form) { field in
            ActorRow(
                id: field("id"), type: field("type"), alias: field("alias"), size: field("size"), region: field("region"),
                from: field("from"), to: field("to"), remove: !field("remove").isEmpty)
        }
        relations = Self.rows(.relation, form) { field in
            RelationRow(
                id: field("id"), from: field("from"), type: field("type"), to: field("to"), start: field("start"),
                end: field("end"), source: field("source"), note: field("note"), remove: !field("remove").isEmpty)
        }
        events = Self.rows(.event, form) { field in
            EventRow(id: field("id"), date: field("date"), text: field("text"), source: field("source"), remove: !field("remove").isEmpty)
        }
    }

    /// The name of a row's field in the form: `actor-2-alias`.
    static func name(_ rows: Rows, _ index: Int, _ field: String) -> String { "\(rows.rawValue)-\(index)-\(field)" }

    /// The rows of one kind, numbered from 0 without gaps, each known by its `id` field.
    private static func rows<Row>(_ rows: Rows, _ form: FormBody, _ make: ((String) -> String) -> Row) -> [Row] {
        var found: [Row] = []
        var index = 0
        while index < maximumRows, form[name(rows, index, "id")] != nil {
            let row = index
            found.append(make { form.text(name(rows, row, $0)) })
            index += 1
        }
        return found
    }
}
