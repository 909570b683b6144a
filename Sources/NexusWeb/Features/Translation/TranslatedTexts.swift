import Foundation
import NexusDomain

/// The texts of a record's side-by-side translation form (a case, a scenario): one field
/// per translatable text, named after the record's field name with slashes for dots
/// (`text/phases/p1/title`).
enum TranslatedTexts {
    static func fieldName(_ field: String) -> String { "text/" + field.replacingOccurrences(of: ".", with: "/") }

    /// The texts a sent form gives, by the record's field names.
    static func read(_ form: FormBody, for record: some TranslatableRecord) -> [String: String] {
        var texts: [String: String] = [:]
        for (field, _) in record.textsToTranslate { texts[field] = form.text(fieldName(field)) }
        return texts
    }
}
