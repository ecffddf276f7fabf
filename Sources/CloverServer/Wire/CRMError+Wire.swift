import CRMCore
import JSONRPC

/// The one place domain errors become wire errors (SPEC §2's table).
extension CRMError: ResponseErrorConvertible {
    public func responseError(language: MessageLanguage) -> ResponseError {
        let lang: Language = language == .korean ? .ko : .en
        let message = self.message(lang)
        switch self {
        case .duplicateCandidates(let candidates):
            return ResponseError(.duplicateCandidates, message, details: ["candidates": .array(candidates.map(DuplicateJSON.value))])
        case .forbidden(let action):
            return ResponseError(.forbidden, message, details: ["action": .string(action)])
        case .notFound(let type, let id):
            return ResponseError(.notFound, message, details: ["type": .string(type.rawValue), "id": .string(id)])
        case .conflict(.version(let current)):
            return ResponseError(.conflict, message, details: ["current": JSONValue(current)])
        case .conflict(.uniqueKey(let field, let value, let current)):
            return ResponseError(.conflict, message, details: [
                "current": .string(current.description), "field": .string(field), "value": .string(value),
            ])
        case .invalidTransition(let from, let to, let allowed):
            return ResponseError(.invalidTransition, message, details: [
                "from": .string(from), "to": .string(to), "allowed": .array(allowed.map(JSONValue.string)),
            ])
        case .invalidFields(let problems):
            return ResponseError(.invalidParams, message, details: ["errors": .array(problems.map { $0.wire(lang) })])
        }
    }

    /// Field paths relative to a method whose params are the record's fields at the top level
    /// (`lead.create {name}` reports `lead.name` as `$.name`).
    func flattened(_ prefix: String) -> CRMError {
        guard case .invalidFields(let problems) = self else { return self }
        return .invalidFields(problems.map { problem in
            var problem = problem
            if problem.path.hasPrefix(prefix + ".") { problem.path.removeFirst(prefix.count + 1) }
            return problem
        })
    }
}

extension FieldProblem {
    /// `{path, message, allowed?, didYouMean?}` as in `error.data.errors`.
    func wire(_ language: Language) -> JSONValue {
        var object: JSONObject = ["path": .string(path.hasPrefix("$") ? path : "$." + path), "message": .string(message(language))]
        if let allowed { object.append("allowed", .array(allowed.map(JSONValue.string))) }
        if let suggestion { object.append("didYouMean", .string(suggestion)) }
        return .object(object)
    }
}

/// Runs a domain call whose params are one record's fields at the top level.
func flat<T>(_ prefix: String, _ body: () throws(CRMError) -> T) throws(CRMError) -> T {
    do {
        return try body()
    } catch {
        throw error.flattened(prefix)
    }
}

/// Duplicate candidates: the account (as the acting user may see it) and why it matched.
enum DuplicateJSON {
    static func value(_ candidate: DuplicateCandidate) -> JSONValue {
        [
            "account": RecordJSON.value(.account(candidate.account)),
            "reasons": .array(candidate.reasons.map { .string($0.rawValue) }),
        ]
    }

    static let schema = JSONSchema.object(nil, [
        RecordSchema.account.property("account", required: true),
        JSONSchema.array(of: .string()).property("reasons", required: true),
    ])
}
