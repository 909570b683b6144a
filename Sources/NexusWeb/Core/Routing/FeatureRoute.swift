import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// The route enum of one feature: it parses its own addresses, prints its links, and says
/// once, for every case, which methods it takes and what permission it needs.
///
/// Every case has a ``Name`` (a stable metric and log name), and ``sample(_:in:)`` gives a
/// value of each name; both are exhaustive switches, so a case added without its name,
/// sample, methods and permission does not compile, and the route and authorisation tests
/// then cover it.
public protocol FeatureRoute: Hashable, Sendable {
    /// The names of the feature's cases.
    associatedtype Name: RawRepresentable<String>, CaseIterable, Hashable, Sendable

    /// The route `address` names, or `nil` when it is not this feature's.
    static func parse(_ address: RouteAddress) -> Self?
    /// One value of each name, in `language` where the case has one.
    static func sample(_ name: Name, in language: Language) -> Self

    /// The path (with query, for API routes) that addresses this route.
    var path: String { get }
    /// The name of this case.
    var name: Name { get }
    /// The language answers to this route speak.
    var language: Language { get }
    /// The same place in another language, for the language switcher; `nil` for an API route.
    func inLanguage(_ language: Language) -> Self?
    /// The methods this route answers.
    var methods: Set<HTTPRequest.Method> { get }
    /// What a request with `method` needs permission to do.
    func permission(for method: HTTPRequest.Method) -> Permission
    /// Whether clients of this route read JSON (the API) rather than pages.
    var isAPI: Bool { get }
}

extension FeatureRoute {
    /// Pages answer GET and HEAD unless they say otherwise.
    public static var readOnly: Set<HTTPRequest.Method> { [.get, .head] }
    /// Forms and the pages that show them.
    public static var form: Set<HTTPRequest.Method> { [.get, .head, .post] }
    /// Actions that only a form submission triggers.
    public static var action: Set<HTTPRequest.Method> { [.post] }
}
