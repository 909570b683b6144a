import Foundation

/// A network of actors and the relationships between them, drawn on the server as SVG for
/// the case pages (and the documents that print them).
///
/// Nodes are coloured by group (the actor's type) through `network-group-*` classes, with a
/// legend; each relationship is an arrow from the actor that acts to the one it acts on,
/// named in its tooltip. The layout is ``NetworkLayout``'s grid, so labels never overlap.
public enum SVGNetwork {
    /// One actor.
    public struct Node: Sendable, Hashable {
        public let id: String
        public let label: String
        /// The group's key (the actor type), which also names its CSS class.
        public let group: String

        public init(id: String, label: String, group: String) {
            self.id = id
            self.label = label
            self.group = group
        }
    }

    /// One relationship, from `from` to `to`.
    public struct Edge: Sendable, Hashable {
        public let from: String
        public let to: String
        /// Said in the tooltip: "Group A supplies Group B".
        public let label: String

        public init(from: String, to: String, label: String) {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    /// A group in the legend.
    public struct Group: Sendable, Hashable {
        public let key: String
        public let label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    static let nodeRadius = 14.0
    static let fontSize = 12.0
    static let legendRowHeight = 22.0

    /// The colours of up to eight groups, when the stylesheet says nothing: distinct in
    /// hue and lightness, so that they also differ in greyscale.
    static let colours = ["#b5482f", "#2a6f97", "#7a5195", "#d19a2e", "#3b8b5a", "#5c5c5c", "#1b3a5c", "#c06c84"]

    /// The network as an `<svg>` element, with its legend under the drawing.
    public static func render(
        nodes: [Node], edges: [Edge], groups: [Group], title: String, legendTitle: String, id: String, rightToLeft: Bool
    ) -> String {
        let used = groups.filter { group in nodes.contains { $0.group == group.key } }
        let layout = NetworkLayout(nodes: nodes, groupOrder: used.map(\.key), rightToLeft: rightToLeft)
        let legendTop = layout.height
        let height = legendTop + legendRowHeight * Double(used.count + 1) + NetworkLayout.margin
        var svg = SVGRoot.open(
            id: id, className: "network", width: layout.width, height: height, fontSize: fontSize, naturalSize: true, title: title)
        let markerID = MarkupText.escape(id + "-arrow")
        svg +=
            "<defs><marker id=\"\(markerID)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/></marker></defs>"
        svg += "<g class=\"network-edges\">"
        for edge in edges {
            guard let from = layout.positions[edge.from], let to = layout.positions[edge.to] else { continue }
            let d = path(from: from, to: to, within: 2...(layout.height - 2))
            svg += "<path class=\"network-edge\" d=\"\(d)\" fill=\"none\" stroke=\"#555555\""
            svg += " stroke-width=\"1.4\" marker-end=\"url(#\(markerID))\"><title>\(MarkupText.escape(edge.label))</title></path>"
        }
        svg += "</g><g class=\"network-nodes\">"
        let groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($0.element.key, $0.offset) })
        for node in nodes {
            guard let point = layout.positions[node.id] else { continue }
            let colour = colours[(groupIndex[node.group] ?? 0) % colours.count]
            let lines = labelLines(node.label)
            svg += "<g class=\"network-node network-group-\(MarkupText.escape(node.group))\">"
            svg += "<title>\(MarkupText.escape(node.label))</title>"
            svg += "<circle cx=\"\(SVGText.number(point.x))\" cy=\"\(SVGText.number(point.y))\" r=\"\(SVGText.number(nodeRadius))\""
            svg += " fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
            for (index, line) in lines.enumerated() {
                let y = point.y + nodeRadius + fontSize * 1.2 * Double(index + 1)
                svg += "<text class=\"network-label\" x=\"\(SVGText.number(point.x))\" y=\"\(SVGText.number(y))\" text-anchor=\"middle\">"
                svg += "\(MarkupText.escape(SVGText.isolated(line)))</text>"
            }
            svg += "</g>"
        }
        svg += "</g>" + legend(used, groupIndex: groupIndex, top: legendTop, width: layout.width, title: legendTitle, rightToLeft: rightToLeft)
        return svg + SVGRoot.close
    }

    /// A line from node to node that stops at the circles' edges; between nodes of one
    /// column it bows sideways, so it does not run through the nodes between them. The
    /// curve's control point stays within `rows`, so no line leaves the drawing or runs
    /// into the legend.
    static func path(from: (x: Double, y: Double), to: (x: Double, y: Double), within rows: ClosedRange<Double>) -> String {
        let dx = to.x - from.x
        let dy = to.y - from.y
        let length = max((dx * dx + dy * dy).squareRoot(), 1)
        let inset = nodeRadius + 2
        let start = (x: from.x + dx / length * inset, y: from.y + dy / length * inset)
        let end = (x: to.x - dx / length * (inset + 2), y: to.y - dy / length * (inset + 2))
        let n = SVGText.number
        if abs(dx) < 1 {
            let bow = min(NetworkLayout.cellWidth * 0.45, 20 + abs(dy) * 0.15)
            return "M\(n(start.x)),\(n(start.y)) Q\(n(from.x + bow)),\(n((from.y + to.y) / 2)) \(n(end.x)),\(n(end.y))"
        }
        // A curve lets two opposite relationships between one pair be told apart; going
        // forward it bows upwards, away from the labels under the nodes, and a long line
        // bows further, clearing the nodes it passes.
        let bend = length > NetworkLayout.cellWidth * 1.5 ? 0.16 : 0.1
        let control = (x: (start.x + end.x) / 2 + dy * bend, y: min(max((start.y + end.y) / 2 - dx * bend, rows.lowerBound), rows.upperBound))
        return "M\(n(start.x)),\(n(start.y)) Q\(n(control.x)),\(n(control.y)) \(n(end.x)),\(n(end.y))"
    }

    /// A label in at most two lines that fit the cell, the second shortened if need be.
    static func labelLines(_ label: String) -> [String] {
        let maxWidth = NetworkLayout.cellWidth - 12
        if TextMetrics.width(of: label, fontSize: fontSize) <= maxWidth { return [label] }
        var first = ""
        var rest = Substring(label)
        for word in label.split(separator: " ") {
            let candidate = first.isEmpty ? String(word) : first + " " + word
            guard TextMetrics.width(of: candidate, fontSize: fontSize) <= maxWidth else { break }
            first = candidate
            rest = label.dropFirst(candidate.count).drop { $0 == " " }
        }
        if first.isEmpty { return [TextMetrics.fitted(label, maxWidth: maxWidth, fontSize: fontSize)] }
        return [first, TextMetrics.fitted(String(rest), maxWidth: maxWidth, fontSize: fontSize)].filter { !$0.isEmpty }
    }

    private static func legend(
        _ groups: [Group], groupIndex: [String: Int], top: Double, width: Double, title: String, rightToLeft: Bool
    ) -> String {
        let axis = InlineAxis(width: width, rightToLeft: rightToLeft)
        let n = SVGText.number
        var svg = "<g class=\"network-legend\"><text class=\"network-legend-title\" x=\"\(n(axis.x(NetworkLayout.margin)))\""
        svg += " y=\"\(n(top + legendRowHeight / 2))\" font-weight=\"bold\"\(axis.textAttributes(anchor: "start"))>"
        svg += "\(MarkupText.escape(title))</text>"
        for (index, group) in groups.enumerated() {
            let y = top + legendRowHeight * Double(index + 1) + legendRowHeight / 2
            let colour = colours[(groupIndex[group.key] ?? 0) % colours.count]
            svg += "<g class=\"network-group-\(MarkupText.escape(group.key))\"><circle cx=\"\(n(axis.x(NetworkLayout.margin + 6)))\""
            svg += " cy=\"\(n(y - 4))\" r=\"6\" fill=\"\(colour)\"/><text x=\"\(n(axis.x(NetworkLayout.margin + 18)))\" y=\"\(n(y))\""
            svg += "\(axis.textAttributes(anchor: "start"))>\(MarkupText.escape(SVGText.isolated(group.label)))</text></g>"
        }
        return svg + "</g>"
    }
}
