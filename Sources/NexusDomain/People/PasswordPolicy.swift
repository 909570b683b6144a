/// The rules a new password must meet.
public enum PasswordPolicy {
    /// Why a password is refused.
    public enum Problem: Sendable, Hashable {
        case tooShort(minimum: Int)
        case tooLong(maximum: Int)
        case common
        case containsIdentity
    }

    /// The minimum number of characters.
    public static let minimumLength = 12
    /// bcrypt reads 72 bytes; longer passwords would be silently cut, so they are refused.
    public static let maximumBytes = 72

    /// The problem with `password` for the account `email`/`name`, or `nil` when it is acceptable.
    public static func problem(with password: String, email: String, name: String) -> Problem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.utf8.count > maximumBytes { return .tooLong(maximum: maximumBytes) }
        let folded = password.lowercased()
        if CommonPasswords.contains(folded) { return .common }
        let localPart = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if (localPart.count >= 4 && folded.contains(localPart)) || (name.count >= 4 && folded.contains(name.lowercased())) {
            return .containsIdentity
        }
        return nil
    }
}
