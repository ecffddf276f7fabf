/// A text the glossary holds in both of its languages.
///
/// Every entry is written in English and Korean; neither is a translation key for the other, so both
/// are always present and both are searched.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The English text.
    public var en: String
    /// The Korean text.
    public var ko: String

    public init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }
}

/// A list of names per language, such as the aliases people use for a term.
public struct LocalizedList: Sendable, Hashable, Codable {
    /// English names.
    public var en: [String]
    /// Korean names.
    public var ko: [String]

    public init(en: [String] = [], ko: [String] = []) {
        self.en = en
        self.ko = ko
    }
}
