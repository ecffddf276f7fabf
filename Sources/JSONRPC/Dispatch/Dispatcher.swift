/// Turns one input line into its answer: parse, classify, validate, run, write.
///
/// Answers are appended to the caller's buffer, one line each; notifications and all-notification
/// batches write nothing. A method that throws a `ResponseError` (or something convertible to one)
/// answers with it; anything else is a bug and answers -32603 with the detail logged, not sent.
public struct Dispatcher<Context: DispatchContext>: Sendable {
    public let registry: MethodRegistry<Context>
    public let maximumLineBytes: Int
    /// A second protocol spoken on the same stream (MCP), asked only about names the registry
    /// does not hold, so native calls never pay for it.
    public let protocolExtension: (any ProtocolExtension<Context>)?
    /// The extension's `methodsReadingOwnParams`, kept here: asking the existential on every line
    /// copied the extension each time.
    let methodsReadingOwnParams: [String]

    public init(registry: MethodRegistry<Context>, maximumLineBytes: Int = 16 << 20, protocolExtension: (any ProtocolExtension<Context>)? = nil) {
        self.registry = registry
        self.maximumLineBytes = maximumLineBytes
        self.protocolExtension = protocolExtension
        self.methodsReadingOwnParams = (protocolExtension?.methodsReadingOwnParams ?? []).filter { registry.entry(named: $0) == nil }
    }

    /// Answers one line (without its newline).
    public func handle(line: UnsafeRawBufferPointer, context: inout Context, output: inout JSONWriter) {
        // Nearly every line is one request of the common shape: read without a tree for the envelope.
        var extensionCall: PreparedExtensionCall<Context>?
        if let envelope = RequestEnvelope.read(line, readingParams: { prepareExtensionCall($0, reading: &$1, into: &extensionCall) }) {
            guard envelope.paramsWereRead else {
                if answer(envelope.message, context: &context, output: &output) { output.raw(UInt8(ascii: "\n")) }
                return
            }
            // Params the extension read itself. A notification of such a method is left to the
            // general path below, like anything the extension did not take.
            if let id = envelope.id, let extensionCall {
                answerExtensionCall(id: id, method: envelope.method, run: extensionCall, context: &context, output: &output)
                output.raw(UInt8(ascii: "\n"))
                return
            }
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            let details: JSONObject = ["offset": JSONValue(error.offset)]
            writeError(ResponseError(.parseError, ProtocolMessages.parseError(error, context.language), details: details), id: .null, to: &output)
            output.raw(UInt8(ascii: "\n"))
            return
        }
        handle(value: value, context: &context, output: &output)
    }

    /// Answers one parsed message or batch.
    public func handle(value: JSONValue, context: inout Context, output: inout JSONWriter) {
        guard case .array(let elements) = value else {
            if handleSingle(value, context: &context, output: &output) { output.raw(UInt8(ascii: "\n")) }
            return
        }
        if elements.isEmpty {
            writeError(ResponseError(.invalidRequest, ProtocolMessages.invalidRequest(.emptyBatch, context.language)), id: .null, to: &output)
            output.raw(UInt8(ascii: "\n"))
            return
        }
        let start = output.count
        output.raw(UInt8(ascii: "["))
        var wroteAny = false
        for element in elements {
            let before = output.count
            if wroteAny { output.raw(UInt8(ascii: ",")) }
            if handleSingle(element, context: &context, output: &output) {
                wroteAny = true
            } else {
                output.truncate(to: before)
            }
        }
        if wroteAny {
            output.raw(UInt8(ascii: "]"))
            output.raw(UInt8(ascii: "\n"))
        } else {
            output.truncate(to: start)  // an all-notification batch gets no answer at all
        }
    }

    /// Answers the line that was too large to read.
    public func handleTooLarge(context: Context, output: inout JSONWriter) {
        let error = ResponseError(.requestTooLarge, ProtocolMessages.tooLarge(limit: maximumLineBytes, context.language), details: ["limit": JSONValue(maximumLineBytes)])
        writeError(error, id: .null, to: &output)
        output.raw(UInt8(ascii: "\n"))
    }

    /// Writes the answer to one message; returns false when there is none (a notification).
    private func handleSingle(_ value: JSONValue, context: inout Context, output: inout JSONWriter) -> Bool {
        answer(IncomingMessage(value), context: &context, output: &output)
    }

    /// Writes the answer to one classified message; returns false when there is none.
    private func answer(_ message: IncomingMessage, context: inout Context, output: inout JSONWriter) -> Bool {
        switch message {
        case .invalid(let id, let reason):
            writeError(ResponseError(.invalidRequest, ProtocolMessages.invalidRequest(reason, context.language)), id: id, to: &output)
            return true
        case .notification(let method, let params):
            // Never answered, not even with an error; the work still happens.
            var scratch = JSONWriter()
            _ = call(method, params: params, context: &context, output: &scratch)
            return false
        case .request(let id, let method, let params):
            let start = output.count
            writeResultOpening(id: id, to: &output)
            if let error = call(method, params: params, context: &context, output: &output) {
                output.truncate(to: start)
                writeError(error, id: id, to: &output)
            } else {
                output.raw(UInt8(ascii: "}"))
            }
            return true
        }
    }

    /// Runs a method, writing its result; returns the error instead when it fails.
    public func call(_ method: String, params: JSONValue?, context: inout Context, output: inout JSONWriter) -> ResponseError? {
        guard let entry = registry.entry(named: method) else {
            if let protocolExtension, protocolExtension.handles(method) {
                let start = output.count
                do {
                    try protocolExtension.call(method, params: params, dispatcher: self, context: &context, output: &output)
                    return nil
                } catch {
                    output.truncate(to: start)
                    return responseError(for: error, method: method, context: context)
                }
            }
            let suggestion = ClosestMatch.best(for: method, among: registry.names)
            var details: JSONObject = ["method": .string(method)]
            if let suggestion { details.append("didYouMean", .string(suggestion)) }
            return ResponseError(.methodNotFound, ProtocolMessages.methodNotFound(method, suggestion: suggestion, context.language), details: details)
        }
        let object: JSONObject
        // Params by name (the common case) need no look at the declaration, so it is not copied.
        if case .object(let named)? = params {
            object = named
        } else {
            switch namedParams(params, entry.descriptor) {
            case .success(let named): object = named
            case .failure(let failure): return invalidParams(failure.problems, context.language)
            }
        }
        // The same checks and decoding as a line prepared ahead, done here and now.
        return call(prepared: prepareCall(entry, method: method, params: object), context: &context, output: &output)
    }

    func responseError(for error: any Error, method: String, context: Context) -> ResponseError {
        switch error {
        case let error as ResponseError: return error
        case let error as any ResponseErrorConvertible: return error.responseError(language: context.language)
        case let error as ValidationFailure: return invalidParams(error.problems, context.language)
        default:
            context.logInternalError(error, method: method)
            return ResponseError(.internalError, ProtocolMessages.internalError(context.language))
        }
    }

    func invalidParams(_ problems: [ValidationProblem], _ language: MessageLanguage) -> ResponseError {
        ResponseError(.invalidParams, ProtocolMessages.invalidParams(problems, language), details: ["errors": .array(problems.map { $0.jsonValue(language: language) })])
    }

    /// Params by name as an object; positional params mapped onto the declared order.
    private func namedParams(_ params: JSONValue?, _ descriptor: MethodDescriptor) -> Swift.Result<JSONObject, ValidationFailure> {
        switch params {
        case nil: return .success([:])
        case .object(let object)?: return .success(object)
        case .array(let elements)?:
            guard elements.count <= descriptor.params.count else {
                return .failure(ValidationFailure([ValidationProblem(path: "$", reason: .tooManyPositionalParams(descriptor.params.count))]))
            }
            var object = JSONObject()
            for (declaration, element) in zip(descriptor.params, elements) { object.append(declaration.name, element) }
            return .success(object)
        default: return .success([:])  // unreachable: IncomingMessage rejects other params types
        }
    }

    /// `{"jsonrpc":"2.0","id":…,"result":`, which the result and `}` follow.
    func writeResultOpening(id: RequestID, to output: inout JSONWriter) {
        output.raw("{\"jsonrpc\":\"2.0\",\"id\":")
        id.write(to: &output)
        output.raw(",\"result\":")
    }

    func writeError(_ error: ResponseError, id: RequestID, to output: inout JSONWriter) {
        output.raw("{\"jsonrpc\":\"2.0\",\"id\":")
        id.write(to: &output)
        output.raw(",\"error\":")
        output.write(error.jsonValue)
        output.raw(UInt8(ascii: "}"))
    }
}

/// Thrown by params decoding or a method for problems the schema could not express; answered as
/// invalid_params with every problem listed.
public struct ValidationFailure: Error, Hashable, Sendable {
    public let problems: [ValidationProblem]

    public init(_ problems: [ValidationProblem]) {
        self.problems = problems
    }
}
