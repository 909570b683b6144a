import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
import Hummingbird

extension Request {
    /// The query string read as a browser writes it from a GET form, with the form body's
    /// decoder: `+` stands for a space (Hummingbird's `queryParameters` decodes only percent
    /// escapes, so a search for two words would arrive as one).
    var formQuery: FormBody {
        FormBody(encoded: uri.query ?? "")
    }
}
