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
        var output = JSONWriter(indent: pretty ? 2 : nil)
        var scratch = JSONWriter()
        let error = session.dispatcher.call(request.method, params: params, context: &session.context, output: &scratch)
        session.settle(output: &scratch)
        session.finish(output: &scratch)
        if let error {
            output = JSONWriter(indent: pretty ? 2 : nil)
            output.write(error.jsonValue)
            StandardStreams.write(String(decoding: output.bytes, as: UTF8.self) + "\n", to: 2)
            return exitCode(for: error.code)
        }
        if let result = try? JSONParser.parse(scratch.bytes) {
            output.write(result)
        }
        StandardStreams.write(String(decoding: output.bytes, as: UTF8.self) + "\n", to: protocolOutput)
        return 0
    }

    /// The documented exit code for each error kind (HelpText lists them).
    static func exitCode(for code: ErrorCode) -> Int32 {
        switch code.rawValue {
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
