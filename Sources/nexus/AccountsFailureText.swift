import NexusDomain
import NexusPersistence
import NexusApplication

/// Readable English for account refusals on the command line (the web says them in the user's language).
enum AccountsFailureText {
    static func english(_ failure: Accounts.Failure) -> String {
        switch failure {
        case .invalidEmail: "that is not a usable e-mail address"
        case .invalidName: "the name must not be empty"
        case .emailTaken: "an account with that address already exists"
        case .weakPassword(.tooShort(minimum: let minimum)): "the password must have at least \(minimum) characters"
        case .weakPassword(.tooLong(maximum: let maximum)): "the password must not be longer than \(maximum) bytes"
        case .weakPassword(.common): "that password is too common; choose a longer, less predictable one"
        case .weakPassword(.containsIdentity): "the password must not contain the account's name or address"
        case .wrongCurrentPassword: "the current password is wrong"
        case .invalidCredentials: "wrong address or password"
        case .throttled: "too many failed attempts; wait and try again"
        case .notFound: "no such account"
        case .roleNotHeld: "the account does not have that role"
        case .invalidTokenName: "the token needs a name of up to 100 characters"
        }
    }
}
