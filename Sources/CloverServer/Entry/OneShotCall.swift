import JSONRPC

/// `clover-crm call METHOD [PARAMS_JSON]`: one request through the same dispatcher a host uses.
/// The result goes to stdout, an error object to stderr, and the exit code names the error kind.
enum OneShotCall {
    static func run(_ request: OneShotRequest, session: inout CloverSession, protocolOutput: Int32, pretty: Bool) -> Int32 {
        var params: JSONValue? = nil
        if let text = request.params {
            do {
                params = try JSONParser.parse(text)
            } catch {
                StandardStreams.write("clover-crm: PARAMS_JSON is not valid JSON: \(error.message) at byte \(error.offset)\n", to: 2)
                return exitCode(for: .parseError)
            }
            guard params?.objectValue != nil || params?.arrayValue != nil else {
                StandardStreams.write("clover-crm: PARAMS_JSON must be a JSON object or array\n", to: 2)
                return exitCode(for: .invalidRequest)
            }
        }
        // The request goes through the same line path a host's does, so a write that cannot be
        // made durable is answered 507 (the group commit rewrites its answer) instead of printing
        // a result that is not on disk, and the notifications it causes are seen.
        var line = JSONWriter()
        line.write(["jsonrpc": "2.0", "id": 1, "method": .string(request.method), "params": params ?? .object([:])])
        var lines = JSONWriter()
        line.withBytes { session.receive(line: UnsafeRawBufferPointer($0), output: &lines) }
        session.settle(output: &lines)
        session.finish(output: &lines)

        var answer: JSONValue?
        for line in lines.bytes.split(separator: UInt8(ascii: "\n")) {
            guard let message = try? JSONParser.parse(Array(line)) else { continue }
            if message["id"] != nil {
                answer = message
            } else {
                // Notifications (e.g. `license.requested` after a win) go to stderr, one JSON line
                // each, so stdout stays the result alone.
                StandardStreams.write(String(decoding: line, as: UTF8.self) + "\n", to: 2)
            }
        }
        guard let answer else {
            StandardStreams.write("clover-crm: the server gave no answer to \(request.method)\n", to: 2)
            return exitCode(for: .internalError)
        }
        var output = JSONWriter(indent: pretty ? 2 : nil)
        if let error = answer["error"] {
            output.write(error)
            StandardStreams.write(String(decoding: output.bytes, as: UTF8.self) + "\n", to: 2)
            return exitCode(forRawCode: error["code"]?.numberValue?.int64.map(Int.init) ?? ErrorCode.internalError.rawValue)
        }
        output.write(answer["result"] ?? .null)
        StandardStreams.write(String(decoding: output.bytes, as: UTF8.self) + "\n", to: protocolOutput)
        return 0
    }

    /// The documented exit code for each error kind (HelpText lists them).
    static func exitCode(for code: ErrorCode) -> Int32 {
        exitCode(forRawCode: code.rawValue)
    }

    static func exitCode(forRawCode code: Int) -> Int32 {
        switch code {
        case ErrorCode.parseError.rawValue, ErrorCode.invalidRequest.rawValue, ErrorCode.methodNotFound.rawValue, ErrorCode.invalidParams.rawValue: 2
        case ErrorCode.duplicateCandidates.rawValue: 3
        case ErrorCode.notFound.rawValue: 4
        case ErrorCode.forbidden.rawValue: 5
        case ErrorCode.conflict.rawValue: 6
        case ErrorCode.invalidTransition.rawValue: 7
        case ErrorCode.readOnly.rawValue: 8
        case ErrorCode.storageFailure.rawValue: 9
        default: 1
        }
    }
}
