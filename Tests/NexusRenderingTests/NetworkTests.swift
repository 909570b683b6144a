import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import NexusRendering
import Testing

/// The case network drawing: well-formed SVG, every actor and relationship drawn, and no
/// two labels overlapping however many actors a case has.
@Suite("Case networks")
struct NetworkTests {
    static let groups = ["organised-crime-group", "terrorist-armed-group", "hybrid-group", "facilitator", "corrupt-official"]
        .map { SVGNetwork.Group(key: $0, label: $0.replacingOccurrences(of: "-", with: " ")) }

    /// `count` actors spread unevenly over the groups, with long and Arabic aliases among them.
    static func nodes(_ count: Int) -> [SVGNetwork.Node] {
        (0..<count).map { index in
            let alias = index % 7 == 0 ? "مجموعة التهريب الحدودية رقم \(index)" : "Actor \(index) with a rather long descriptive alias"
            return SVGNetwork.Node(id: "n\(index)", label: alias, group: groups[(index * index) % groups.count].key)
        }
    }

    static func edges(_ count: Int) -> [SVGNetwork.Edge] {
        (0..<count).map { SVGNetwork.Edge(from: "n\($0)", to: "n\(($0 * 5 + 3) % count)", label: "n\($0) supplies") }
    }

    @Test("every actor and relationship is drawn, once, in well-formed SVG", arguments: [1, 5, 40, 60])
    func drawn(count: Int) throws {
        let svg = SVGNetwork.render(
            nodes: Self.nodes(count), edges: Self.edges(count), groups: Self.groups, title: "Network", legendTitle: "Types", id: "net",
            rightToLeft: false)
        _ = try XMLDocument(xmlString: svg, options: [])
        #expect(svg.components(separatedBy: "class=\"network-node ").count - 1 == count)
        #expect(svg.components(separatedBy: "class=\"network-edge\"").count - 1 == count)
    }

    @Test("labels never overlap: each actor has a cell of its own, and its label fits it", arguments: [5, 40, 60], [false, true])
    func noOverlap(count: Int, rightToLeft: Bool) {
        let layout = NetworkLayout(nodes: Self.nodes(count), groupOrder: Self.groups.map(\.key), rightToLeft: rightToLeft)
        let points = Self.nodes(count).compactMap { layout.positions[$0.id] }
        #expect(points.count == count)
        for (index, point) in points.enumerated() {
            for other in points[(index + 1)...] {
                // Label boxes are as wide as a cell and two lines tall, centred under the node.
                let apartX = abs(point.x - other.x) >= NetworkLayout.cellWidth - 0.5
                let apartY = abs(point.y - other.y) >= NetworkLayout.cellHeight - 0.5
                #expect(apartX || apartY, "\(point) and \(other)")
            }
            #expect(point.x > 0 && point.x < layout.width && point.y > 0 && point.y < layout.height)
        }
        for node in Self.nodes(count) {
            for line in SVGNetwork.labelLines(node.label) {
                #expect(TextMetrics.width(of: line, fontSize: SVGNetwork.fontSize) <= NetworkLayout.cellWidth - 12 + 0.01, "\(line)")
            }
            #expect(SVGNetwork.labelLines(node.label).count <= 2)
        }
    }

    @Test("a network of 40 stays wider than tall, and right to left mirrors it")
    func shape() {
        let left = NetworkLayout(nodes: Self.nodes(40), groupOrder: Self.groups.map(\.key), rightToLeft: false)
        let right = NetworkLayout(nodes: Self.nodes(40), groupOrder: Self.groups.map(\.key), rightToLeft: true)
        #expect(left.width >= left.height * 0.8)
        for (id, point) in left.positions { #expect(abs((right.positions[id]?.x ?? -1) - (left.width - point.x)) < 0.01) }
    }

    @Test("aliases are escaped in labels and tooltips")
    func escaped() {
        let svg = SVGNetwork.render(
            nodes: [SVGNetwork.Node(id: "a", label: "<script>x</script>", group: "facilitator")],
            edges: [SVGNetwork.Edge(from: "a", to: "a", label: "\"><g onload=x>")], groups: Self.groups, title: "T", legendTitle: "L",
            id: "n", rightToLeft: false)
        #expect(!svg.contains("<script>") && !svg.contains("<g onload"))
    }
}
