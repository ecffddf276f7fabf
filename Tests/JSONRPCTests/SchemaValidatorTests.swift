import Testing
@testable import JSONRPC

@Suite("Schema validation")
struct SchemaValidatorTests {
    static let schema = JSONSchema.object(nil, [
        JSONSchema.string(minLength: 1, maxLength: 5).property("name", required: true),
        JSONSchema.integer(minimum: 1, maximum: 500).property("limit"),
        JSONSchema.enumeration(["won", "lost"]).property("stage"),
        JSONSchema.number(maximumDecimals: 2).property("acv"),
        JSONSchema.string(format: .date).property("closeDate"),
        JSONSchema.string(format: .dateTime).property("at"),
        JSONSchema.array(of: .string(), maxItems: 2).property("tags"),
        JSONSchema.object(nil, [JSONSchema.string().property("email", required: true)]).property("contact"),
    ])

    static func problems(_ json: String) throws -> [String] {
        SchemaValidator.validate(try JSONParser.parse(json), against: schema).map { "\($0.path): \($0.message(.english))" }
    }

    @Test("a valid call has no problems")
    func valid() throws {
        #expect(try Self.problems(#"{"name":"Nike","limit":50,"stage":"won","acv":1200.50,"closeDate":"2024-02-29","at":"2026-11-22T09:00:00.5+09:00","tags":["a"],"contact":{"email":"a@b.co"}}"#) == [])
    }

    @Test("every problem of a call is reported together, with paths")
    func allProblems() throws {
        let problems = try Self.problems(#"{"limit":0,"stage":"open","acv":1.005,"closeDate":"2026-02-30","at":"2026-11-22 09:00","tags":["a",1,"c"],"contact":{"emial":"x"},"nmae":"x"}"#)
        #expect(problems == [
            "$.name: is required",
            "$.limit: must be at least 1",
            "$.stage: must be one of: won, lost",
            "$.acv: must have at most 2 decimal places",
            "$.closeDate: is not a valid date (YYYY-MM-DD)",
            "$.at: is not a valid RFC 3339 date-time",
            "$.tags: allows at most 2 items",
            "$.contact.email: is required",
            "$.contact.emial: unknown field; did you mean \"email\"?",
            "$.nmae: unknown field; did you mean \"name\"?",
        ])
    }

    @Test("wrong types name what was expected and what came")
    func wrongTypes() throws {
        #expect(try Self.problems(#"{"name":5,"limit":"10","tags":"a"}"#) == [
            "$.name: expected string, got integer",
            "$.limit: expected integer, got string",
            "$.tags: expected array, got string",
        ])
        #expect(try Self.problems(#"{"name":"x","limit":1.5}"#) == ["$.limit: expected integer, got number"])
    }

    @Test("Korean messages for Korean sessions")
    func korean() throws {
        let problems = SchemaValidator.validate(try JSONParser.parse("{}"), against: Self.schema)
        #expect(problems.first?.message(.korean) == "필수 항목입니다")
    }

    @Test("closest-name suggestions")
    func suggestions() {
        #expect(ClosestMatch.best(for: "server.inf", among: ["server.info", "server.shutdown"]) == "server.info")
        #expect(ClosestMatch.best(for: "lead.lst", among: ["lead.list", "lead.get"]) == "lead.list")
        #expect(ClosestMatch.best(for: "zzzzzz", among: ["lead.list"]) == nil)
    }
}

@Suite("Schema validation of nullable members")
struct NullableMemberTests {
    @Test("a required member may be null when its schema allows null, directly or through anyOf")
    func nullable() throws {
        let schema = JSONSchema.object(nil, [
            JSONSchema.string().orNull.property("plain", required: true),
            JSONSchema.anyOf([.string(), JSONSchema.object(nil, []).orNull]).property("either", required: true),
            JSONSchema.string().property("strict", required: true),
        ])
        let problems = SchemaValidator.validate(try JSONParser.parse(#"{"plain":null,"either":null,"strict":null}"#), against: schema)
        #expect(problems.map(\.path) == ["$.strict"])
        #expect(problems.first?.reason == .required)
    }
}

/// Length limits count Unicode scalars, counted on the UTF-8.
@Suite("Schema string length")
struct SchemaStringLengthTests {
    @Test(arguments: ["", "a", "lead_1", "é", "한국어", "😀x", "e\u{301}", "\u{0}", String(repeating: "가", count: 41)])
    func scalarCountAsTheScalarView(text: String) {
        #expect(SchemaValidator.scalarCount(text) == text.unicodeScalars.count)
    }
}
