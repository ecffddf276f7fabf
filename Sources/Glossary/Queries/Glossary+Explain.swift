extension Glossary {
    /// The term behind a CRM field or enum value, for showing help next to it in a client.
    ///
    /// Tries "object.field=value" (when a value is given), then "object.field", then "object", so a
    /// value the glossary does not describe still explains its field. Case-insensitive; nil when even
    /// the object has no entry. When several entries name the same field (Deal is the screens' word for
    /// an opportunity), the first in bundle order answers.
    public func explain(object: String, field: String, value: String? = nil) -> GlossaryExplanation? {
        let objectField = "\(object).\(field)".lowercased()
        var tried = [objectField, object.lowercased()]
        if let value { tried.insert("\(objectField)=\(value.lowercased())", at: 0) }
        for crmField in tried {
            if let position = positionByCRMField[crmField] {
                return GlossaryExplanation(entry: entries[position], crmField: entries[position].crmField ?? crmField)
            }
        }
        return nil
    }

    /// An entry and the entries it lists as related, resolved, in its order. Ids the bundle lacks are
    /// left out (the bundle's data test keeps there being none).
    public func related(to id: String) -> GlossaryRelated {
        guard let entry = entry(id: id) else { return .unknownID(id) }
        return .found(entry: entry, related: entry.related.compactMap { self.entry(id: $0) })
    }
}
