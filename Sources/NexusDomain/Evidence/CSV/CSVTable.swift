import Foundation

/// A CSV file as RFC 4180 defines it: a header line, then records, fields separated by
/// commas, fields with commas, quotes or line breaks in double quotes. Each record
/// remembers the line it starts on, so that problems can be reported where a person
/// would look for them.
public struct CSVTable: Sendable, Equatable {
    /// The header's column names, trimmed.
    public let header: [String]
    /// The records after the header, without blank lines.
    public let records: [Record]

    /// One record and where it is.
    public struct Record: Sendable, Equatable {
        /// The 1-based line the record starts on.
        public let line: Int
        /// The fields, in column order.
        public let fields: [String]
    }

    /// Why a text is not CSV.
    public enum ParseError: Error, Sendable, Hashable {
        /// The text is empty or has no header.
        case empty
        /// A quoted field is never closed; it opened on this line.
        case unterminatedQuote(line: Int)
        /// A quote appears in the middle of an unquoted field, or text follows a closing quote.
        case strayQuote(line: Int)
    }

    /// Parses `text`. A UTF-8 byte-order mark and CRLF or LF line ends are accepted.
    public static func parse(_ text: String) throws(ParseError) -> CSVTable {
        var rows: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                let next = iterator.next()
                if next != "\n" { pending = next }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !afterQuote else { throw .strayQuote(line: line) }
                inQuotes = true
                quoteLine = line
            default:
                if afterQuote { throw .strayQuote(line: line) }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = rows.first else { throw .empty }
        return CSVTable(header: first.fields.map { $0.trimmingWhitespace() }, records: Array(rows.dropFirst()))
    }

    /// The records as dictionaries by column name; a short record has empty fields.
    public func dictionaries() -> [(line: Int, values: [String: String])] {
        records.map { record in
            var values: [String: String] = [:]
            for (index, name) in header.enumerated() where !name.isEmpty {
                values[name] = index < record.fields.count ? CSVCell.imported(record.fields[index]) : ""
            }
            return (record.line, values)
        }
    }
}

/// Writes CSV that spreadsheets open correctly, Arabic included.
public enum CSVWriter {
    /// A file with a byte-order mark (so that spreadsheet programs read it as UTF-8),
    /// CRLF line ends and every field quoted where it needs to be.
    public static func write(columns: [String], rows: [[String: String]]) -> String {
        var text = "\u{FEFF}" + columns.map(quote).joined(separator: ",") + "\r\n"
        for row in rows {
            text += columns.map { quote(CSVCell.exported(row[$0] ?? "")) }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Guards against spreadsheet formula injection: an exported cell that a spreadsheet
/// would run as a formula gets a leading apostrophe, which an import takes off again,
/// so a file survives a round trip unchanged.
public enum CSVCell {
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written to a file.
    public static func exported(_ value: String) -> String {
        guard let first = value.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// The value of a cell read from a file.
    public static func imported(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
