import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization

/// Keeping a scenario's inject or questions in the library, adding an item to a phase,
/// and removing one.
struct ExerciseLibraryActions {
    let app: SignedInPage
    let env: PageEnvironment

    private var library: ExerciseLibrary { app.services.app.exerciseLibrary }

    func keep(_ id: ScenarioID, form: FormBody?) async throws -> Response {
        let inject = form?.text("inject").nilIfEmpty
        let phase = form?.text("questions").nilIfEmpty
        switch try await library.keep(inject: inject, questionsOf: phase, from: id, as: app.identity.principal, by: app.identity.actor) {
        case .success: return app.redirect(to: .exercises(.scenario(app.language, id)), done: "kept")
        case .failure(.forbidden):
            return app.errors.page(
                { ErrorPage.message($0, $1, title: $1(.errorForbiddenTitle), message: $1(.errorForbiddenBody)) }, status: .forbidden,
                language: app.language)
        case .failure: return app.notFound()
        }
    }

    /// The target is "scenario|phase|revision", as the library page offers it.
    func insert(_ item: ReusableItemID, form: FormBody?) async throws -> Response {
        let parts = (form?.text("target") ?? "").split(separator: "|").map(String.init)
        guard parts.count == 3, parts[0].isValidSlug, let phase = Int(parts[1]), let revision = Int(parts[2]) else {
            return try await ExerciseLibraryPage(app: app, env: env).answer(problems: [app.t(.libraryChooseTarget)], status: .unprocessableContent)
        }
        let scenario = ScenarioID(parts[0])
        let result = try await library.insert(
            item, into: scenario, phase: phase, expectedRevision: revision, as: app.identity.principal, by: app.identity.actor)
        let t = app.t
        let problems: [String]
        switch result {
        case .success: return app.redirect(to: .exercises(.scenario(app.language, scenario)), done: "inserted")
        case .failure(.notFound): return app.notFound()
        case .failure(.otherLanguage(let item, let target)):
            problems = [t(.libraryOtherLanguage, ["item": item.nativeName, "scenario": target.nativeName])]
        case .failure(.scenario(.stale)): problems = [t(.libraryStale)]
        case .failure(.scenario(.invalid(let found))): problems = found.map { ScenarioMessages.line($0, t) }
        case .failure: problems = [t(.errorForbiddenBody)]
        }
        return try await ExerciseLibraryPage(app: app, env: env).answer(problems: problems, status: .unprocessableContent)
    }

    func forget(_ item: ReusableItemID) async throws -> Response {
        switch try await library.delete(item, as: app.identity.principal, by: app.identity.actor) {
        case .success(true): return app.redirect(to: .exercises(.materials(app.language)), done: "forgotten")
        default: return app.notFound()
        }
    }
}

extension String {
    /// `nil` for an empty string.
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
