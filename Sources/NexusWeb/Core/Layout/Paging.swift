import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
/// One page of a long list, from the `page` query parameter: bounded before any
/// arithmetic, so that no number in a link can overflow, and never past the last page.
struct Paging: Sendable {
    /// Links to the neighbouring pages, when there are any.
    struct Links: Sendable {
        let previous: String?
        let next: String?
    }

    /// From 1.
    let number: Int
    let size: Int
    let total: Int

    init(query: FormBody, size: Int, total: Int) {
        let last = max(1, (total + size - 1) / size)
        let asked = query["page"].flatMap { Int($0) } ?? 1
        number = min(max(1, asked), last)
        self.size = size
        self.total = total
    }

    /// How many items come before this page.
    var offset: Int { (number - 1) * size }

    /// The links from `base` to the pages around this one.
    func links(_ base: String) -> Links {
        Links(
            previous: number > 1 ? "\(base)?page=\(number - 1)" : nil,
            next: number * size < total ? "\(base)?page=\(number + 1)" : nil)
    }
}
