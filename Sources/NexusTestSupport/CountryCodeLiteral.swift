import NexusDomain

// Tests write country codes as literals; a mistyped one stops the test at once. The
// product itself never gets this conformance: there a code always comes through the
// checking initialiser.
extension CountryCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let code = CountryCode(value) else { preconditionFailure("\(value) is not a country code") }
        self = code
    }
}
