import Logging
import NexusPersistence
import NexusLocalization
import NexusDomain
import Foundation
public import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the client's address, which
/// login throttling and the audit log record.
public struct NexusRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address of the connected client, if known.
    public let clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Forms are small, CSV imports less so; anything larger is refused before it is read.
    public var maxUploadSize: Int { Self.uploadLimit }

    /// The largest request body read: forms, CSV files and JSON alike.
    public static let uploadLimit = 8 << 20
}
