import Logging
import NexusPersistence
import NexusApplication
import NexusLocalization
import NexusDomain
import NexusRendering
import Foundation
public import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the connected peer's address,
/// from which (through ``TrustedProxies``) the client address that login throttling and
/// the audit log record is read.
public struct NexusRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address of the connected peer (a proxy, when there is one), if known.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Forms are small, CSV imports less so; anything larger is refused before it is read.
    public var maxUploadSize: Int { Self.uploadLimit }

    /// The largest request body read: forms, CSV files and JSON alike.
    public static let uploadLimit = 8 << 20
}
