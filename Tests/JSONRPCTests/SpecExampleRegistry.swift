import JSONRPC

/// The methods the JSON-RPC 2.0 specification's own examples call, on a test-only registry.
struct SpecContext: DispatchContext {
    var language = MessageLanguage.english
    var notified: [String] = []
    func logInternalError(_ error: any Error, method: String) {}
}

enum Subtract: RPCMethod {
    static let name = "subtract"
    static let summary = "minuend − subtrahend"
    static let params = [ParamDeclaration("minuend", .integer(), required: true), ParamDeclaration("subtrahend", .integer(), required: true)]
    static let result = JSONSchema.integer()
    static let examples = [MethodExample("42 − 23", params: ["minuend": 42, "subtrahend": 23], result: 19)]

    struct Params: RPCParams {
        let minuend: Int
        let subtrahend: Int
        init(from params: ParamReader) {
            minuend = params.int("minuend") ?? 0
            subtrahend = params.int("subtrahend") ?? 0
        }
    }

    static func run(_ params: Params, context: inout SpecContext) -> JSONValue { JSONValue(params.minuend - params.subtrahend) }
}

enum Sum: RPCMethod {
    static let name = "sum"
    static let summary = "a + b + c"
    static let params = [ParamDeclaration("a", .integer()), ParamDeclaration("b", .integer()), ParamDeclaration("c", .integer())]
    static let result = JSONSchema.integer()
    static let examples = [MethodExample("1+2+4", params: ["a": 1, "b": 2, "c": 4], result: 7)]

    struct Params: RPCParams {
        let total: Int
        init(from params: ParamReader) { total = ["a", "b", "c"].compactMap { params.int($0) }.reduce(0, +) }
    }

    static func run(_ params: Params, context: inout SpecContext) -> JSONValue { JSONValue(params.total) }
}

enum NotifyHello: RPCMethod {
    static let name = "notify_hello"
    static let summary = "records a notification"
    static let params = [ParamDeclaration("value", .integer())]
    static let result = JSONSchema.any
    static let examples: [MethodExample] = []

    struct Params: RPCParams {
        let value: Int?
        init(from params: ParamReader) { value = params.int("value") }
    }

    static func run(_ params: Params, context: inout SpecContext) -> JSONValue {
        context.notified.append("hello \(params.value ?? 0)")
        return .null
    }
}

enum GetData: RPCMethod {
    static let name = "get_data"
    static let summary = "returns data"
    static let result = JSONSchema.array(of: .any)
    static let examples: [MethodExample] = []
    static func run(_ params: NoParams, context: inout SpecContext) -> JSONValue { ["hello", 5] }
}

enum Explode: RPCMethod {
    struct Bug: Error {}
    static let name = "explode"
    static let summary = "fails with a bug"
    static let result = JSONSchema.any
    static let examples: [MethodExample] = []
    static func run(_ params: NoParams, context: inout SpecContext) throws -> JSONValue { throw Bug() }
}

/// Not from the specification: a method whose params decoding refuses a value the schema allows.
enum Divide: RPCMethod {
    static let name = "divide"
    static let summary = "dividend ÷ divisor"
    static let params = [ParamDeclaration("dividend", .integer(), required: true), ParamDeclaration("divisor", .integer(), required: true)]
    static let result = JSONSchema.integer()
    static let examples = [MethodExample("6 ÷ 3", params: ["dividend": 6, "divisor": 3], result: 2)]

    struct Params: RPCParams {
        let dividend: Int
        let divisor: Int
        init(from params: ParamReader) throws {
            dividend = params.int("dividend") ?? 0
            divisor = params.int("divisor") ?? 0
            if divisor == 0 { throw ValidationFailure([ValidationProblem(path: params.path(of: "divisor"), reason: .outOfRange)]) }
        }
    }

    static func run(_ params: Params, context: inout SpecContext) -> JSONValue { JSONValue(params.dividend / params.divisor) }
}

enum SpecRegistry {
    static var dispatcher: Dispatcher<SpecContext> { Dispatcher(registry: MethodRegistry<SpecContext>([
        Divide.self, Explode.self, GetData.self, NotifyHello.self, Subtract.self, Sum.self,
    ])) }

    /// Sends `line` and returns what the dispatcher wrote, without the trailing newline.
    static func answer(_ line: String, context: inout SpecContext) -> String {
        var output = JSONWriter()
        Array(line.utf8).withUnsafeBytes { dispatcher.handle(line: $0, context: &context, output: &output) }
        var text = String(decoding: output.bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    static func answer(_ line: String) -> String {
        var context = SpecContext()
        return answer(line, context: &context)
    }
}
