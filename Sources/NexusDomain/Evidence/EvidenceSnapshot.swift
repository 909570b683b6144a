/// The findings and participation counts every public evidence page is served from:
/// immutable like the toolkit snapshot, and replaced after a write by a copy with what
/// the write changed. It holds no personal data.
public struct EvidenceSnapshot: Sendable {
    /// Every finding, by region, kind and identifier.
    public let findings: [Finding]
    /// Every participation count, by meeting, category and country.
    public let participation: [ParticipationCount]

    private let byID: [FindingID: Int]
    private let byPractice: [String: [Int]]

    /// No evidence recorded.
    public static let empty = EvidenceSnapshot(findings: [], participation: [])

    /// Creates a snapshot; the order of the arguments does not matter.
    public init(findings: [Finding], participation: [ParticipationCount]) {
        let kindOrder = Dictionary(uniqueKeysWithValues: FindingKind.allCases.enumerated().map { ($1, $0) })
        self.findings = findings.sorted {
            ($0.region.rawValue, kindOrder[$0.kind]!, $0.id.rawValue) < ($1.region.rawValue, kindOrder[$1.kind]!, $1.id.rawValue)
        }
        let categoryOrder = Dictionary(uniqueKeysWithValues: StakeholderCategory.allCases.enumerated().map { ($1, $0) })
        self.participation = participation.sorted {
            ($0.meeting.rawValue, categoryOrder[$0.category]!, $0.country?.rawValue ?? "")
                < ($1.meeting.rawValue, categoryOrder[$1.category]!, $1.country?.rawValue ?? "")
        }
        byID = Dictionary(uniqueKeysWithValues: self.findings.enumerated().map { ($1.id, $0) })
        var byPractice: [String: [Int]] = [:]
        for (index, finding) in self.findings.enumerated() {
            for practice in finding.practices { byPractice[practice, default: []].append(index) }
        }
        self.byPractice = byPractice
    }

    /// The same evidence with the findings named in `ids` replaced by `current` (their state
    /// in the database now; an id absent from it was deleted).
    public func replacingFindings(_ ids: Set<FindingID>, with current: [Finding]) -> EvidenceSnapshot {
        EvidenceSnapshot(findings: findings.filter { !ids.contains($0.id) } + current, participation: participation)
    }

    /// The same findings with other participation counts.
    public func replacingParticipation(_ counts: [ParticipationCount]) -> EvidenceSnapshot {
        EvidenceSnapshot(findings: findings, participation: counts)
    }

    /// The finding with this identifier.
    public func finding(_ id: FindingID) -> Finding? { byID[id].map { findings[$0] } }

    /// The findings that informed a practice, by region.
    public func findings(informing practice: String) -> [Finding] { (byPractice[practice] ?? []).map { findings[$0] } }

    /// The findings about a region, or all of them when `region` is `nil`.
    public func findings(inRegion region: RegionID?) -> [Finding] {
        region.map { slug in findings.filter { $0.region == slug } } ?? findings
    }

    /// The findings gathered at a meeting.
    public func findings(ofMeeting meeting: MeetingID) -> [Finding] { findings.filter { $0.meeting == meeting } }

    /// The participation counts of the given meetings.
    public func participation(ofMeetings meetings: Set<MeetingID>) -> [ParticipationCount] {
        participation.filter { meetings.contains($0.meeting) }
    }
}
