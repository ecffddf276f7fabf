/// Company-name normalisation for duplicate detection: `Nike, Inc.` = `NIKE` = `nike inc`,
/// `Hugo Boss AG` = `HUGO BOSS`, `주식회사 무신사` = `(주)무신사` = `무신사`.
///
/// Folds case, width and accents, drops Korean corporate markers anywhere, drops trailing legal
/// suffixes (only at the end, so "Company Store Co." keeps its "Company"), and removes spaces and
/// punctuation.
public enum CompanyName {
    static let legalSuffixes: Set<String> = [
        "inc", "corp", "corporation", "llc", "ltd", "limited", "co", "company", "gmbh", "ag", "sa", "sas",
        "bv", "nv", "plc", "kk",
    ]
    static let koreanMarkers = ["주식회사", "유한회사", "(주)", "㈜", "（주）"]

    /// The comparison key of a company name; empty when nothing meaningful is left.
    public static func normalize(_ name: String) -> String {
        var text = TextFolding.fold(name)
        for marker in koreanMarkers { text = text.replacingOccurrences(of: marker, with: " ") }
        // Dots and apostrophes join (S.A. → sa, Levi's → levis); other punctuation separates words.
        var cleaned = ""
        for character in text {
            if character == "." || character == "'" || character == "’" { continue }
            cleaned.append(character.isLetter || character.isNumber ? character : " ")
        }
        var words = cleaned.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, legalSuffixes.contains(last) {
            words.removeLast()
        }
        return words.joined()
    }
}
