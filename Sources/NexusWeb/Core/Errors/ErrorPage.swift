import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The pages that explain why a request could not be answered.
enum ErrorPage {
    struct Model: Sendable {
        let title: String
        let message: String
        let languages: [PageLayout.LanguageChoice]
        let homeHref: String
        let homeLabel: String
    }

    static func notFound(_ language: Language, _ t: Localizer, message: String? = nil) -> PageResult {
        Self.message(language, t, title: t(.errorNotFoundTitle), message: message ?? t(.errorNotFoundBody))
    }

    /// Lists the languages the toolkit is published in.
    static func unknownLanguage(_ code: String, _ language: Language, _ t: Localizer) -> PageResult {
        let result = message(
            language, t, title: t(.errorUnknownLanguageTitle),
            message: t(.errorUnknownLanguageBody, ["code": code]))
        let model = result.model as! Model
        return PageResult(
            template: result.template, layout: result.layout,
            model: Model(
                title: model.title, message: model.message, languages: result.layout.languages,
                homeHref: model.homeHref, homeLabel: model.homeLabel))
    }

    static func serverError(_ language: Language, _ t: Localizer) -> PageResult {
        message(language, t, title: t(.errorServerTitle), message: t(.errorServerBody))
    }

    /// A page with a title and a message of the caller's choice.
    static func message(_ language: Language, _ t: Localizer, title: String, message: String) -> PageResult {
        let layout = PageLayout.make(route: nil, language: language, title: title, description: message, t: t)
        return PageResult(
            template: "error", layout: layout,
            model: Model(
                title: title, message: message, languages: [], homeHref: layout.homeHref, homeLabel: t(.errorBackHome)))
    }
}
