import CloverServer
import JSONRPC

/// An in-process session driven line by line, the way the stdio loop drives it.
struct TestSession {
    var session: CloverSession

    init(arguments: [String] = ["--in-memory", "--now", "2026-11-22T09:00:00Z"]) throws {
        let options = try CommandLineParser.parse(arguments, environment: [:])
        session = try CloverSession(options: options, log: Log(level: .error))
    }

    /// Sends one request line and returns the parsed answer (nil for none).
    mutating func send(_ line: String) throws -> JSONValue? {
        var output = JSONWriter()
        Array(line.utf8).withUnsafeBytes { session.receive(line: $0, output: &output) }
        session.settle(output: &output)
        guard !output.bytes.isEmpty else { return nil }
        return try JSONParser.parse(output.bytes.dropLast())
    }

    /// Calls `method` and returns its result, or throws the error it answered with.
    mutating func call(_ method: String, _ params: JSONObject = [:]) throws -> JSONValue {
        let request: JSONValue = ["jsonrpc": "2.0", "id": 1, "method": .string(method), "params": .object(params)]
        let answer = try send(request.jsonText)
        if let error = answer?["error"] { throw AnsweredError(error: error) }
        return answer?["result"] ?? .null
    }
}

struct AnsweredError: Error {
    let error: JSONValue
}
