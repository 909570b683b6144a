/// Where each actor of a network is drawn: a grid of cells, one column (or several, for a
/// large group) per group in the order given, one actor per cell. Every label has its own
/// cell, so no two labels can overlap however many actors there are; lines may cross, and
/// the table beside the drawing lists every relationship in words.
struct NetworkLayout {
    /// The width and height of one cell, in view box units.
    static let cellWidth = 150.0
    static let cellHeight = 96.0
    /// The room around the grid.
    static let margin = 20.0

    /// The centre of each node's circle, by node id.
    let positions: [String: (x: Double, y: Double)]
    let width: Double
    let height: Double

    /// Lays out `nodes` (in the order given within each group), mirrored for right-to-left pages.
    init(nodes: [SVGNetwork.Node], groupOrder: [String], rightToLeft: Bool) {
        let total = nodes.count
        // Columns no taller than about the square root of the network, so a network of 40
        // stays nearer a landscape rectangle than a tower.
        let rowsPerColumn = max(3, Int(Double(total).squareRoot().rounded(.up)))
        var columns: [[SVGNetwork.Node]] = []
        for group in groupOrder {
            let members = nodes.filter { $0.group == group }
            var start = 0
            while start < members.count {
                columns.append(Array(members[start..<min(members.count, start + rowsPerColumn)]))
                start += rowsPerColumn
            }
        }
        let rows = columns.map(\.count).max() ?? 0
        // Every other column sits half a row lower, so that a line between two columns
        // does not run through the nodes of a column between them.
        let stagger = columns.count > 2 ? Self.cellHeight / 2 : 0
        width = Self.margin * 2 + Self.cellWidth * Double(max(columns.count, 1))
        height = Self.margin * 2 + Self.cellHeight * Double(max(rows, 1)) + stagger
        var positions: [String: (x: Double, y: Double)] = [:]
        for (column, members) in columns.enumerated() {
            let left = Self.margin + Self.cellWidth * Double(column)
            let x = left + Self.cellWidth / 2
            // A short column is centred vertically, so that its lines fan out evenly.
            let offset = Self.cellHeight * Double(rows - members.count) / 2 + (column % 2 == 1 ? stagger : 0)
            for (row, node) in members.enumerated() {
                let y = Self.margin + offset + Self.cellHeight * Double(row) + SVGNetwork.nodeRadius + 8
                positions[node.id] = (rightToLeft ? width - x : x, y)
            }
        }
        self.positions = positions
    }
}
