import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// One request on its way to its feature: the request, who makes it, its language, and
/// the form it sent.
struct RequestScope {
    let request: Request
    /// Who asks; `nil` only for public reads answered without asking the database.
    let identity: Identity?
    /// A form submission, already checked for its CSRF token.
    let form: FormBody?
    /// The language answers speak.
    let language: Language

    /// The helpers of a signed-in page. Signed-in routes never take the anonymous path, so
    /// their identity is known; a public page asked without one is answered as a visitor's.
    func signedIn(_ services: AppServices) -> SignedInPage {
        SignedInPage(services: services, language: language, identity: identity ?? .visitor, request: request)
    }
}
