import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
/// One bar of a bar chart: what it counts and how many.
struct ChartBar: Sendable, Hashable {
    /// The text drawn beside the bar, in the reader's language.
    let label: String
    /// The count the bar's length stands for; a negative count is drawn as zero.
    let value: Int
}
