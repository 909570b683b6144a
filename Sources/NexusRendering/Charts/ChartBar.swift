import NexusLocalization
import NexusDomain
/// One bar of a bar chart: what it counts and how many.
public struct ChartBar: Sendable, Hashable {
    /// The text drawn beside the bar, in the reader's language.
    public let label: String
    /// The count the bar's length stands for; a negative count is drawn as zero.
    public let value: Int

    /// Creates a bar.
    public init(label: String, value: Int) {
        self.label = label
        self.value = value
    }
}
