import Logging
import NexusLocalization
import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusPersistence
import NexusApplication

/// The history of one item in one language: every revision, who made it, and what it
/// changed compared with the one before.
struct HistoryPage {
    struct DiffLine: Sendable {
        let text: String
        let isAdded: Bool
        let isRemoved: Bool
    }

    struct Entry: Sendable {
        let label: String
        let date: String
        let author: String
        let isPublished: Bool
        let isDraft: Bool
        let diff: [DiffLine]
    }

    struct LanguageLink: Sendable {
        let label: String
        let lang: String
        let href: String
        let isCurrent: Bool
    }

    struct Model: Sendable {
        let title: String
        let languages: [LanguageLink]
        /// The language and direction of the revisions shown.
        let lang: String
        let dir: String
        let entries: [Entry]
        let editHref: String
    }

    let app: SignedInPage

    func answer(_ item: ContentItemID) async throws -> Response {
        let t = app.t
        let language = app.request.formQuery["language"].flatMap(Language.init(rawValue:)) ?? .source
        let revisions = try await app.services.content.revisions(of: item, language: language)
        guard !revisions.isEmpty || language != .source else {
            return app.notFound()
        }
        let base = Route.editing(.page(app.language, .history(item.kind, item.slug))).path
        // Each revision's text is the newer side of one diff and the older side of the next.
        let texts = revisions.map { ContentFileWriter.text(of: $0.document) }
        let entries = revisions.indices.map { index in
            let revision = revisions[index]
            let older = index + 1 < texts.count ? texts[index + 1] : ""
            let lines = LineDiff.hunks(LineDiff.compare(older, texts[index]))
            return Entry(
                label: t(.historyRevision, ["number": t.number(revision.number)]), date: t.moment(revision.createdAt),
                author: revision.authorLabel ?? t.actor(revision.origin), isPublished: revision.isPublished, isDraft: revision.isDraft,
                diff: lines.map(DiffLine.init))
        }
        let title = revisions.first?.document.fields["title"]?.stringValue ?? item.slug
        let model = Model(
            title: t(.historyTitle, ["title": Localizer.isolated(title)]),
            languages: Language.allCases.map {
                LanguageLink(label: $0.nativeName, lang: $0.code, href: "\(base)?language=\($0.code)", isCurrent: $0 == language)
            },
            lang: language.code, dir: language.isRightToLeft ? "rtl" : "ltr", entries: entries,
            editHref: Route.editing(.page(app.language, .item(item.kind, item.slug))).path)
        return app.render(
            PageResult(
                template: "edit-history",
                layout: app.layout(model.title, route: .editing(.page(app.language, .history(item.kind, item.slug)))), model: model))
    }
}
