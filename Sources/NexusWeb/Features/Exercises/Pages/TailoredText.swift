import NexusDomain
import NexusLocalization
import NexusRendering

/// A scenario's texts as one reader sees them: in their language (or the original where a
/// translation is missing), rendered from Markdown, with the tailoring's values put in.
/// Values are placed after rendering and escaped, so they are never read as Markdown or
/// markup; a value the tailoring lacks shows as a marked gap, never as a blank.
struct TailoredText {
    let tailor: ScenarioTailor
    let scenario: Scenario
    let env: PageEnvironment

    /// A text as HTML from Markdown; a text in another language than the page's (the
    /// original, where a translation is missing) is marked with its language and direction.
    func html(_ text: TranslatableText) -> String {
        let resolved = text.resolve(env.language, source: scenario.sourceLanguage)
        let html = ScenarioTailor.substitute(
            env.markdown.html(resolved.text),
            { name, value in markup(name, value) },
            lookup: { tailor.value($0, in: env.language) })
        guard resolved.language != env.language else { return html }
        return "<div lang=\"\(resolved.language.code)\" dir=\"\(resolved.language.isRightToLeft ? "rtl" : "ltr")\">\(html)</div>"
    }

    /// A short text as plain words (titles, options), for the template to escape; one in
    /// another language than the page's is isolated, so that its punctuation stays in place
    /// in a page of the other direction.
    func plain(_ text: TranslatableText) -> String {
        let resolved = text.resolve(env.language, source: scenario.sourceLanguage)
        let plain = ScenarioTailor.substitute(
            resolved.text,
            { name, value in words(name, value) },
            lookup: { tailor.value($0, in: env.language) })
        return resolved.language.isRightToLeft == env.language.isRightToLeft ? plain : Localizer.isolated(plain)
    }

    /// The `lang` of a text shown in another language than the page's, else `nil`.
    func lang(_ text: TranslatableText) -> String? {
        let language = text.resolve(env.language, source: scenario.sourceLanguage).language
        return language == env.language ? nil : language.code
    }

    private func words(_ name: String, _ value: ScenarioTailor.Value) -> String {
        switch value {
        case .text(let text): text
        case .date(let day): env.t.day(day.noon)
        case .missing, .unknown: "[\(name)]"
        }
    }

    private func markup(_ name: String, _ value: ScenarioTailor.Value) -> String {
        switch value {
        case .text, .date: return MarkupText.escape(words(name, value))
        case .missing, .unknown:
            return "<mark class=\"tailoring-gap\" title=\"\(MarkupText.escape(env.t(.scenarioValueMissing)))\">"
                + MarkupText.escape("[\(name)]") + "</mark>"
        }
    }
}
