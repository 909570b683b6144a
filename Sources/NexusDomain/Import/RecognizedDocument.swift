/// What the recogniser found in a toolkit document.
public struct RecognizedDocument: Sendable, Hashable {
    /// A lettered section ("A. Legal considerations").
    public struct Section: Sendable, Hashable {
        public let letter: String
        public let title: String
        public let page: Int
        /// The text between the section heading and its first practice.
        public var overview: [String]
    }

    /// A numbered good practice with its parts.
    public struct Practice: Sendable, Hashable {
        public let number: Int
        public var title: String
        public let page: Int
        /// The letter of the section the practice appeared in, if any.
        public let section: String?
        /// Paragraphs between the heading and "Key actions".
        public var body: [String]
        /// The key actions, one text per step, in order.
        public var steps: [String]
        /// The key actors, one entry per line or bullet.
        public var actors: [String]
        /// Footnotes the practice's text refers to, by number.
        public var footnotes: [Int: String]
    }

    /// Text the recogniser could not attribute to any part of the structure.
    public struct Unplaced: Sendable, Hashable {
        public let page: Int
        public let text: String
        public let reason: String
    }

    public let language: Language
    public let pageCount: Int
    public internal(set) var sections: [Section]
    public internal(set) var practices: [Practice]
    public internal(set) var unplaced: [Unplaced]
    /// Structural oddities worth a human look (numbers out of order, missing steps).
    public internal(set) var warnings: [String]
}
