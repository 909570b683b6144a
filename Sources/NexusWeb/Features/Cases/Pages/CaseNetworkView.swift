import NexusDomain
import NexusLocalization
import NexusRendering

/// A case's actors and relationships as the network drawing: actors grouped by type in the
/// vocabulary's order, which keeps criminal groups, facilitators and terrorist groups in
/// the same places from one case to the next.
enum CaseNetworkView {
    static func svg(_ record: NexusCase, _ env: PageEnvironment) -> String {
        let t = env.t
        func text(_ field: TranslatableText) -> String { field.resolve(env.language, source: record.sourceLanguage).text }
        let aliases = Dictionary(uniqueKeysWithValues: record.actors.map { ($0.id, text($0.alias)) })
        let nodes = record.actors.map { SVGNetwork.Node(id: $0.id, label: text($0.alias), group: $0.type.rawValue) }
        let edges = record.relationships.map { relation in
            SVGNetwork.Edge(
                from: relation.from, to: relation.to,
                label: [aliases[relation.from], CaseLabels.relation(relation.type, t), aliases[relation.to]].compactMap { $0 }
                    .joined(separator: " "))
        }
        let groups = CaseActorType.allCases.map { SVGNetwork.Group(key: $0.rawValue, label: CaseLabels.actorType($0, t)) }
        return SVGNetwork.render(
            nodes: nodes, edges: edges, groups: groups, title: t(.caseNetworkHeading) + ": " + text(record.title),
            legendTitle: t(.caseNetworkLegend), id: "case-network", rightToLeft: env.language.isRightToLeft)
    }
}
