import NexusApplication
import NexusDomain

/// The JSON answers of the STIX import, as `openapi.json` documents them.
enum CaseExchangeModels {
    /// What an import did: the cases it made and the objects it skipped.
    struct ImportResult: Encodable {
        struct Case: Encodable {
            let id: String
            /// The report the case was read from.
            let report: String
            let title: CaseAPIModels.Text
            let status: String
            let publication: String
        }

        let imported: [Case]
        let skipped: [STIXImport.Skipped]

        init(_ result: CaseExchange.Imported, language: Language) {
            imported = result.cases.map { stored, report in
                let record = stored.record
                return Case(
                    id: record.id.rawValue, report: report, title: CaseAPIModels.Text(record.title, language, source: record.sourceLanguage),
                    status: record.status.rawValue, publication: record.publication.rawValue)
            }
            skipped = result.skipped
        }
    }

    /// Texts that look like people's names, each with where it is.
    struct NameWarnings: Encodable {
        struct Body: Encodable {
            let status: Int
            let code: String
            let message: String
            let warnings: [NameWarning]
        }

        let error: Body
    }

    struct NameWarning: Encodable {
        /// The report and the case's field: `report--…/actors.a1.alias`.
        let field: String
        /// The words that look like a name.
        let text: String
    }
}
