import CloverServer
import Foundation
import Glossary
import JSONRPC

/// An in-process session driven line by line, the way the stdio loop drives it.
struct TestSession {
    static let demoArguments = ["--in-memory", "--demo", "--now", "2026-11-22T09:00:00Z"]

    var session: CloverSession
    /// Notifications the server wrote after the last answer (e.g. `license.requested`).
    var notifications: [JSONValue] = []

    init(arguments: [String] = ["--in-memory", "--now", "2026-11-22T09:00:00Z"]) throws {
        let options = try CommandLineParser.parse(arguments, environment: [:])
        session = try CloverSession(options: options, log: Log(level: .error), glossary: GlossarySource(try TestSession.glossary()))
    }

    /// The glossary bundled beside the test binary.
    static func glossary() throws -> Glossary {
        try GlossaryBundle.load(environment: ProcessInfo.processInfo.environment)
    }

    /// A session over the demo dataset, acting as `user` (default: the admin).
    static func demo(as user: String? = nil) throws -> TestSession {
        try TestSession(arguments: demoArguments + (user.map { ["--user", $0] } ?? []))
    }

    /// Sends one request line and returns the parsed answer (nil for none); notifications written
    /// after it land in `notifications`.
    mutating func send(_ line: String) throws -> JSONValue? {
        var output = JSONWriter()
        Array(line.utf8).withUnsafeBytes { session.receive(line: $0, output: &output) }
        session.settle(output: &output)
        notifications = []
        var answer: JSONValue?
        for lineBytes in output.bytes.split(separator: UInt8(ascii: "\n")) {
            let value = try JSONParser.parse(Array(lineBytes))
            if answer == nil, value["method"] == nil || value["id"] != nil { answer = value } else { notifications.append(value) }
        }
        return answer
    }

    /// Calls `method` and returns its result, or throws the error it answered with.
    mutating func call(_ method: String, _ params: JSONObject = [:]) throws -> JSONValue {
        let request: JSONValue = ["jsonrpc": "2.0", "id": 1, "method": .string(method), "params": .object(params)]
        let answer = try send(request.jsonText)
        if let error = answer?["error"] { throw AnsweredError(error: error) }
        return answer?["result"] ?? .null
    }

    /// Calls `method` expecting an error; returns the error object (or nil when it succeeded).
    mutating func failure(_ method: String, _ params: JSONObject = [:]) throws -> JSONValue? {
        do {
            _ = try call(method, params)
            return nil
        } catch let answered as AnsweredError {
            return answered.error
        }
    }
}

struct AnsweredError: Error {
    let error: JSONValue
}
