import Foundation

/// Writes to standard error, where diagnostics belong.
enum FileHandleStandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
