import NexusDomain
import NexusLocalization

extension Localizer {
    /// Who wrote something, as stored: the product's own actors (the command line, the
    /// first start) in the reader's language; people by their address.
    func actor(_ stored: String) -> String {
        switch stored {
        case AuditActor.commandLine.label: self(.auditActorCommandLine)
        case AuditActor.firstStart.label: self(.auditActorFirstStart)
        default: stored
        }
    }
}
