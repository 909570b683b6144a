import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Random secrets (session cookies, CSRF and API tokens) and their stored fingerprints.
public enum Secrets {
    /// A new random secret: 32 bytes, base64url without padding, with an optional prefix.
    public static func make(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + text
    }

    /// What is stored in place of a secret, so that a copy of the database cannot be used to sign in.
    public static func fingerprint(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether two secrets are equal, in time that does not depend on where they differ.
    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Hashes passwords with bcrypt off the event loops, since a hash takes a noticeable
/// fraction of a second by design.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost factor; 12 in production, lower in tests to keep them quick.
    public let cost: UInt8

    /// Creates a hasher; `cost` is clamped to bcrypt's 4…31.
    public init(cost: UInt8 = 12) {
        self.cost = min(max(cost, 4), 31)
    }

    /// The bcrypt hash of `password`.
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// The hash of a random password, for comparisons that must take as long as real ones.
    public func decoyHash() -> String { Bcrypt.hash(Secrets.make(), cost: cost) }

    /// Whether `password` matches `hash`.
    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
