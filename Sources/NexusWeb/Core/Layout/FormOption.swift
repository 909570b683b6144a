import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
/// One choice of a select, a set of checkboxes or radio buttons.
struct FormOption: Sendable {
    let value: String
    let label: String
    let isSelected: Bool
}
