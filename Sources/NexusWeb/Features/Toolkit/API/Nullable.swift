import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization
/// Writes an absent value as JSON `null` instead of leaving the key out, so that
/// every object of a kind has the same keys, as the OpenAPI schema says.
@propertyWrapper
struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
