import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
public import HTTPTypes

/// The reverse proxies in front of the server, whose forwarding headers are believed.
///
/// Behind a TLS-terminating proxy every request comes from the proxy's address, so sign-in
/// throttling would count all users as one client and the audit log would name the proxy.
/// A request from a trusted proxy is read for the client it forwards: the right-most address
/// of `Forwarded` (RFC 7239) or, failing that, `X-Forwarded-For` that is not itself a
/// trusted proxy. From anyone else those headers are ignored, since a client can send them.
public struct TrustedProxies: Sendable, Equatable {
    /// An address range: the first `prefix` bits of `bytes`.
    struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            for bit in 0..<prefix where (address[bit / 8] ^ bytes[bit / 8]) & (0x80 >> UInt8(bit % 8)) != 0 { return false }
            return true
        }
    }

    /// A list entry that is not an address or a range.
    public struct Invalid: Error, CustomStringConvertible {
        public let entry: String
        public var description: String { "\"\(entry)\" is not an IP address or a CIDR range such as 10.0.0.0/8 or fd00::/8" }
    }

    let ranges: [Range]

    /// No trusted proxy: the connected peer is always the client.
    public init() {
        ranges = []
    }

    /// Reads a comma-separated list of addresses and CIDR ranges.
    public init(parsing text: String) throws {
        ranges = try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { entry in
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = Self.bytes(of: parts[0]) else { throw Invalid(entry: entry) }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...bytes.count * 8).contains(prefix) else { throw Invalid(entry: entry) }
            return Range(bytes: bytes, prefix: prefix)
        }
    }

    /// Whether any proxy is trusted.
    public var isEmpty: Bool { ranges.isEmpty }

    /// Whether `address` is a trusted proxy.
    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return ranges.contains { $0.contains(bytes) }
    }

    /// The client of a request that arrived from `peer` with `headers`.
    public func clientAddress(peer: String?, headers: HTTPFields) -> String? {
        guard let peer, contains(peer) else { return peer }
        let forwarded = Self.forwardedFor(headers)
        for address in forwarded.reversed() where !contains(address) {
            return Self.bytes(of: address) == nil ? nil : address
        }
        return forwarded.first ?? peer
    }

    /// The addresses a request passed through, client first, from `Forwarded` or else `X-Forwarded-For`.
    static func forwardedFor(_ headers: HTTPFields) -> [String] {
        let forwarded = headers[values: .forwarded].flatMap { $0.split(separator: ",") }.compactMap { element -> String? in
            for pair in element.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0].lowercased() == "for" else { continue }
                return stripPort(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }
            return nil
        }
        if !forwarded.isEmpty { return forwarded }
        return headers[values: .xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { stripPort($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    /// `[2001:db8::1]:4711` → `2001:db8::1`; `192.0.2.1:80` → `192.0.2.1`.
    private static func stripPort(_ text: String) -> String {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") { return String(text[text.index(after: text.startIndex)..<close]) }
        if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") { return String(text[..<colon]) }
        return text
    }

    /// The bytes of an IPv4 or IPv6 address, or `nil` when it is neither.
    static func bytes(of text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}

extension HTTPField.Name {
    static let forwarded = Self("Forwarded")!
    static let xForwardedFor = Self("X-Forwarded-For")!
}
