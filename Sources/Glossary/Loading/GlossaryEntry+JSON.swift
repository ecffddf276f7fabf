import JSON

extension GlossaryEntry {
    /// Reads an entry from parsed JSON with the same rules `Codable` applies: optional fields may be
    /// absent or null, required ones must be present with the right type, unknown keys are ignored.
    init(json field: GlossaryJSONField) throws(GlossaryShapeError) {
        self.init(
            id: try field.member("id").string(),
            term: try LocalizedText(json: field.member("term")),
            abbreviation: try field.optionalMember("abbreviation")?.string(),
            expansion: try field.optionalMember("expansion")?.string(),
            aliases: try LocalizedList(json: field.member("aliases")),
            category: try field.member("category").string(),
            scope: try field.member("scope").rawValue(of: GlossaryScope.self),
            definition: try LocalizedText(json: field.member("definition")),
            whyItMatters: try field.optionalMember("whyItMatters").map { (text) throws(GlossaryShapeError) in try LocalizedText(json: text) },
            formula: try field.optionalMember("formula")?.string(),
            phase: try field.member("phase").rawValue(of: GlossaryPhase.self),
            related: try field.member("related").strings(),
            crmField: try field.optionalMember("crmField")?.string(),
            letter: try field.member("letter").string())
    }
}

extension GlossaryCategory {
    init(json field: GlossaryJSONField) throws(GlossaryShapeError) {
        self.init(
            id: try field.member("id").string(),
            scope: try field.member("scope").rawValue(of: GlossaryScope.self),
            label: try LocalizedText(json: field.member("label")))
    }
}

extension LocalizedText {
    init(json field: GlossaryJSONField) throws(GlossaryShapeError) {
        self.init(en: try field.member("en").string(), ko: try field.member("ko").string())
    }
}

extension LocalizedList {
    init(json field: GlossaryJSONField) throws(GlossaryShapeError) {
        self.init(en: try field.member("en").strings(), ko: try field.member("ko").strings())
    }
}
