import Logging
import NexusLocalization
import Foundation
import NexusDomain
import NexusPersistence

/// The checks an edit must pass before it is saved: the schema, and the references
/// the item makes, judged against everything else that is published.
enum ContentChecks {
    static func problems(with document: ContentDocument, content: ContentRepository) async throws -> [String] {
        let schema = SchemaValidator.problems(in: document).map(\.message)
        guard schema.isEmpty else { return schema }
        var documents = try await content.publishedDocuments().filter {
            !($0.itemID == document.itemID && $0.language == document.language)
        }
        documents.append(document)
        // Only this version's own problems count: a translation left behind by an
        // English edit is the translators' to update, not a reason to refuse the edit.
        let here: Set<String> = [document.location, document.itemID.description]
        return ToolkitBuilder.build(from: documents).problems
            .filter { $0.severity == .error && here.contains($0.location) }.map(\.message)
    }
}

/// Where items live on the public site.
enum PublicLinks {
    static func page(for item: ContentItemID, language: Language, snapshot: ToolkitSnapshot) -> String? {
        let page: Route.Page? = switch item.kind {
        case .concept: .conceptSection(item.slug)
        case .theme: .theme(item.slug)
        case .practice: snapshot.practice(slug: item.slug).map { .practice($0.canonicalReference) }
        case .instrument: .instrument(item.slug)
        case .actor: .actor(item.slug)
        case .initiative: .initiative(item.slug)
        case .region: .evidenceRegion(item.slug)
        case .meeting: .meeting(item.slug)
        }
        return page.map { Route.page(language, $0).path }
    }
}
