/// Passwords long enough to pass the length rule but known from breach lists, and
/// trivially patterned ones. Compared lower-cased.
enum CommonPasswords {
    static func contains(_ password: String) -> Bool {
        if list.contains(password) { return true }
        if Set(password).count <= 2 { return true }  // "aaaaaaaaaaaa", "abababababab"
        let digits = "01234567890123456789"
        let keyboard = "qwertyuiopasdfghjklzxcvbnm1234567890"
        return digits.contains(password) || keyboard.contains(password)
            || String(digits.reversed()).contains(password)
    }

    private static let list: Set<String> = [
        "password1234", "password12345", "password123456", "passwordpassword", "password123!", "password1234!",
        "p@ssw0rd1234", "p@ssword1234", "passw0rd1234", "mypassword123", "newpassword123", "changeme1234",
        "changeme123!", "welcome12345", "welcome123456", "welcome2024!", "welcome2025!", "welcome2026!",
        "letmein12345", "letmein123456", "iloveyou1234", "iloveyou12345", "administrator", "administrator1",
        "admin1234567", "admin123456789", "adminadmin12", "rootroot1234", "qwerty123456", "qwertyuiop12",
        "qwertyuiop123", "qwerty123456789", "1q2w3e4r5t6y", "1qaz2wsx3edc", "zaq12wsxcde3", "1qaz2wsx3edc4rfv",
        "abc123456789", "abcdefghijkl", "abcdefghijklm", "abcd12345678", "football1234", "baseball1234",
        "superman1234", "sunshine1234", "princess1234", "starwars1234", "dragon123456", "monkey123456",
        "master123456", "shadow123456", "michael12345", "jennifer1234", "trustno1trustno1", "liverpool1234",
        "chelsea12345", "arsenal12345", "barcelona123", "realmadrid12", "computer1234", "internet1234",
        "whatever1234", "summer202020", "winter202020", "spring202020", "autumn202020", "january12345",
        "secret123456", "security1234", "default12345", "guest1234567", "test12345678", "testtest1234",
        "nexustoolkit", "nexus-toolkit", "nexustoolkit1", "nexus12345678", "unicri123456", "gctf12345678",
        "thehague12345", "correcthorsebatterystaple", "iloveyouiloveyou", "loveyou12345", "hello1234567",
        "helloworld123", "hellohello12", "freedom12345", "mustang12345", "charlie12345", "pokemon12345",
        "asdfghjkl123", "asdfasdfasdf", "zxcvbnm12345", "1234qwerasdf", "qazwsxedcrfv", "passpasspass",
    ]
}
