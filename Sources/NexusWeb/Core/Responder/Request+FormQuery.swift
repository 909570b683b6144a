import Hummingbird

extension Request {
    /// The query string read as a browser writes it from a GET form (`+` for a space,
    /// `name[]` for several values), by the form decoder. The responder has refused a
    /// query that cannot be read before any page asks for it.
    var formQuery: FormBody {
        (try? FormBody(urlEncoded: uri.query ?? "")) ?? .empty
    }
}
