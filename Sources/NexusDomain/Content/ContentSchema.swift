/// The front-matter fields each kind of item may carry.
///
/// English files carry structure and text; translations carry only text plus the
/// hash of the English text they were made from.
public enum ContentSchema {
    /// The field in which a translation records the source hash it translates.
    public static let sourceHashField = "source_hash"

    /// The groups concept sections belong to, in reading order.
    public static let conceptGroups = ["forms", "contexts", "factors", "watch-points", "further-reading", "background"]

    /// The thematic areas of the regional consultations.
    public static let thematicAreas = [
        "research-and-information-sharing", "local-engagement", "capacity-building-and-law-enforcement",
    ]

    /// The kinds of instrument the catalogue distinguishes.
    public static let instrumentKinds = [
        "convention", "protocol", "resolution", "strategy", "recommendations",
        "memorandum", "guidelines", "declaration",
    ]

    /// Every field an item of `kind` may carry.
    public static func fields(for kind: ContentKind) -> [FieldSpec] {
        common + specific(to: kind)
    }

    /// The field named `name` for `kind`, if there is one.
    public static func field(_ name: String, for kind: ContentKind) -> FieldSpec? {
        fields(for: kind).first { $0.name == name }
    }

    private static let common: [FieldSpec] = [
        .structure("status", .choice(ContentStatus.allCases.map(\.rawValue)), required: true),
        .structure("sources", .urlList, required: true),
        .structure("order", .int),
        .text("title", required: true),
        .text("summary", required: true),
        .text("status_note"),
    ]

    private static func specific(to kind: ContentKind) -> [FieldSpec] {
        switch kind {
        case .concept:
            [.structure("group", .choice(conceptGroups), required: true)]
        case .theme:
            [.structure("letter", .choice(letters), required: true)]
        case .practice:
            [
                .structure("number", .int),
                .structure("theme", .reference(.theme), required: true),
                .structure("key_actors", .referenceList(.actor)),
                .structure("standards", .referenceList(.instrument)),
                .structure("standards_basis", .choice(LinkBasis.allCases.map(\.rawValue))),
                .structure("initiatives", .referenceList(.initiative)),
                .structure("initiatives_basis", .choice(LinkBasis.allCases.map(\.rawValue))),
                .structure("related", .referenceList(.practice)),
                .text("key_actions", .textList),
                .text("key_actors_note"),
            ]
        case .instrument:
            [
                .structure("year", .int, required: true),
                .structure("instrument_kind", .choice(instrumentKinds), required: true),
                .structure("url", .url, required: true),
                .text("short_title"),
                .text("issuer", required: true),
            ]
        case .actor:
            []
        case .initiative:
            [
                .structure("url", .url, required: true),
                .structure("started", .int),
                .structure("ended", .int),
                .text("organisation", required: true),
                .text("coverage"),
            ]
        case .region:
            []
        case .meeting:
            [
                .structure("region", .reference(.region), required: true),
                .structure("country", .countryCode, required: true),
                .structure("start", .date, required: true),
                .structure("end", .date),
                .structure("themes", .choiceList(thematicAreas)),
                .structure("documents", .urlList),
                .text("city", required: true),
                .text("partners"),
                .text("other_themes"),
                .text("agenda", .textList),
            ]
        }
    }

    private static let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
}
