/// Where each entry sits, by id and by CRM field, and its ㄱ–ㅎ letter: the small indexes, built
/// with the checks that the entries agree with the categories.
struct EntryPositions: Sendable {
    var byID: [String: Int]
    /// Lower-cased `crmField` → entry position (the first entry naming it wins).
    var byCRMField: [String: Int] = [:]
    var hangulLetters: [GlossaryLetter?] = []

    /// Throws `.inconsistent` for a duplicate id, a category missing from `categories`, or an entry
    /// filed under a category of the other scope: those would make answers ambiguous.
    init(entries: [GlossaryEntry], categories: [GlossaryCategory]) throws(GlossaryLoadError) {
        var categoryScopes = [String: GlossaryScope]()
        for category in categories {
            if categoryScopes.updateValue(category.scope, forKey: category.id) != nil {
                throw .inconsistent(reason: "duplicate category id \(category.id)")
            }
        }
        byID = [String: Int](minimumCapacity: entries.count)
        hangulLetters.reserveCapacity(entries.count)
        // Entries are read in place, field by field: copying a whole entry costs a retain per string.
        try entries.withUnsafeBufferPointer { (entries) throws(GlossaryLoadError) in
            for position in entries.indices {
                let id = entries[position].id, category = entries[position].category, scope = entries[position].scope
                if byID.updateValue(position, forKey: id) != nil {
                    throw .inconsistent(reason: "duplicate entry id \(id)")
                }
                guard let categoryScope = categoryScopes[category] else {
                    throw .inconsistent(reason: "entry \(id) names unknown category \(category)")
                }
                guard categoryScope == scope else {
                    throw .inconsistent(
                        reason: "entry \(id) is \(scope.rawValue) but category \(category) is \(categoryScope.rawValue)")
                }
                if let field = entries[position].crmField?.lowercased(), byCRMField[field] == nil {
                    byCRMField[field] = position
                }
                hangulLetters.append(GlossaryLetter.hangul(ofTerm: entries[position].term.ko))
            }
        }
    }
}
