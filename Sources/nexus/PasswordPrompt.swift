import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a password from the terminal without echoing it, or from standard input
/// when that is not a terminal (for scripts). Never from the command line, where it
/// would land in shell history and process lists.
enum PasswordPrompt {
    struct Cancelled: Error, CustomStringConvertible {
        var description: String { "no password was given" }
    }

    static func read(prompt: String, confirm: Bool) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw Cancelled() }
            return line
        }
        let first = try readHidden(prompt)
        if confirm {
            let second = try readHidden("Repeat the password: ")
            guard first == second else { throw ValidationFailure("the two passwords differ") }
        }
        return first
    }

    private static func readHidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw Cancelled() }
        return line
    }
}

/// A refusal with a message, for the command line.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
