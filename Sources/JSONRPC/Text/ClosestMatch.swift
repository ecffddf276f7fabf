/// "Did you mean …?" for method and field names.
public enum ClosestMatch {
    /// The candidate nearest to `word` (case-insensitive edit distance, with a bonus for a shared
    /// prefix), or nil when nothing is close enough to be a plausible typo.
    public static func best(for word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (candidate: String, score: Int)? = nil
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            var distance = editDistance(target, scalars)
            // `lead.lst` → `lead.list`; `list` → `lead.list`: containment counts as close.
            if scalars.count > target.count, String(String.UnicodeScalarView(scalars)).contains(word.lowercased()) { distance = min(distance, 2) }
            if let current = best, distance >= current.score { continue }
            best = (candidate, distance)
        }
        guard let best else { return nil }
        let limit = max(2, target.count / 3)
        return best.score <= limit ? best.candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
