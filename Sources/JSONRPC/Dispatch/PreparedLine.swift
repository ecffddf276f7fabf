/// A line read, checked and its params decoded ahead of its turn, possibly on another thread.
///
/// Reading the envelope, validating params against the schema and decoding them depend on nothing
/// but the line and the registry, and they are a third of answering a small write. A pipelining
/// client sends thousands of lines per read, so a second thread prepares them while the owner runs
/// the ones before (see `LinePipeline`); the owner is left with the part that needs the state.
///
/// Prepared are single requests for a native method with params by name, and what a protocol
/// extension prepares (MCP's `tools/call`). Everything else (batches, notifications, lines that do
/// not parse) is left to the owner's usual path, as is any text in the session's language: a
/// refusal is kept as data and worded when its turn comes, in the language the session has then.
public struct PreparedLine<Context: DispatchContext>: @unchecked Sendable {
    // @unchecked: a prepared line holds decoded params (plain values) and closures over them; it
    // is made on one thread and handed to the owner once, through a lock, and never shared.
    enum Step {
        case call(id: RequestID, PreparedCall<Context>)
        case extensionCall(id: RequestID, method: String, run: PreparedExtensionCall<Context>)
        /// The owner answers the line the usual way.
        case later
    }

    let step: Step

    /// A line the owner answers the usual way.
    static var later: PreparedLine { PreparedLine(step: .later) }
}

/// A call of a native method with its params validated and decoded ahead of its turn.
public struct PreparedCall<Context>: @unchecked Sendable {
    // @unchecked: as `PreparedLine`, which carries it.
    enum Outcome {
        case decoded(MethodRegistry<Context>.DecodedCall)
        case invalidParams([ValidationProblem])
        /// Thrown while decoding params; turned into an answer like a method's own errors.
        case decodingFailed(any Error)
    }

    let method: String
    let outcome: Outcome
}

extension Dispatcher {
    /// Prepares `line` for `handle(prepared:line:context:output:)`. Reads nothing but the line, the
    /// registry and the extension's declarations, so any thread may call it.
    public func prepare(line: UnsafeRawBufferPointer) -> PreparedLine<Context> {
        var extensionCall: PreparedExtensionCall<Context>?
        guard let envelope = RequestEnvelope.read(line, readingParams: { prepareExtensionCall($0, reading: &$1, into: &extensionCall) }),
              let id = envelope.id else { return .later }
        if envelope.paramsWereRead {
            guard let extensionCall else { return .later }
            return PreparedLine(step: .extensionCall(id: id, method: envelope.method, run: extensionCall))
        }
        if case .array? = envelope.params { return .later }  // positional params: rare, and mapped by the usual path
        guard let call = prepareCall(envelope.method, params: envelope.params?.objectValue ?? [:]) else { return .later }
        return PreparedLine(step: .call(id: id, call))
    }

    /// Offers `method`'s params to the protocol extension when it reads its own (see
    /// `RequestEnvelope.read(_:readingParams:)` for what the answer means).
    func prepareExtensionCall(_ method: String, reading params: inout PlainJSONReader, into prepared: inout PreparedExtensionCall<Context>?) -> Bool? {
        // Native names are never the extension's: the list leaves them out.
        guard methodsReadingOwnParams.contains(where: { JSONObject.sameKey($0, method) }), let protocolExtension else { return false }
        prepared = protocolExtension.prepare(method, reading: &params, dispatcher: self)
        return prepared == nil ? nil : true
    }

    /// Validates and decodes `params` for the native `method`, ahead of `call(prepared:…)`; nil
    /// when no such method is registered. Any thread may call it.
    public func prepareCall(_ method: String, params: JSONObject) -> PreparedCall<Context>? {
        registry.entry(named: method).map { prepareCall($0, method: method, params: params) }
    }

    func prepareCall(_ entry: MethodRegistry<Context>.Entry, method: String, params: JSONObject) -> PreparedCall<Context> {
        let problems = SchemaValidator.validate(.object(params), against: entry.descriptor.paramsSchema)
        if !problems.isEmpty { return PreparedCall(method: method, outcome: .invalidParams(problems)) }
        do {
            return PreparedCall(method: method, outcome: .decoded(try entry.decode(params)))
        } catch {
            return PreparedCall(method: method, outcome: .decodingFailed(error))
        }
    }

    /// Runs a prepared call, writing its result; returns the error instead, as `call(_:params:…)` does.
    public func call(prepared: PreparedCall<Context>, context: inout Context, output: inout JSONWriter) -> ResponseError? {
        switch prepared.outcome {
        case .decoded(let run):
            let start = output.count
            do {
                try run(&context, &output)
                return nil
            } catch {
                output.truncate(to: start)
                return responseError(for: error, method: prepared.method, context: context)
            }
        case .invalidParams(let problems):
            return invalidParams(problems, context.language)
        case .decodingFailed(let error):
            return responseError(for: error, method: prepared.method, context: context)
        }
    }

    /// Answers a prepared line; `line` is the line it was prepared from (answered the usual way
    /// when it was not prepared). The answer is the same bytes `handle(line:)` writes.
    public func handle(prepared: PreparedLine<Context>, line: UnsafeRawBufferPointer, context: inout Context, output: inout JSONWriter) {
        let start = output.count
        switch prepared.step {
        case .later:
            handle(line: line, context: &context, output: &output)
            return
        case .call(let id, let call):
            writeResultOpening(id: id, to: &output)
            if let error = self.call(prepared: call, context: &context, output: &output) {
                output.truncate(to: start)
                writeError(error, id: id, to: &output)
            } else {
                output.raw(UInt8(ascii: "}"))
            }
        case .extensionCall(let id, let method, let run):
            answerExtensionCall(id: id, method: method, run: run, context: &context, output: &output)
        }
        output.raw(UInt8(ascii: "\n"))
    }

    /// Writes the answer to an extension's prepared request (without the newline).
    func answerExtensionCall(id: RequestID, method: String, run: PreparedExtensionCall<Context>, context: inout Context, output: inout JSONWriter) {
        let start = output.count
        writeResultOpening(id: id, to: &output)
        do {
            try run(self, &context, &output)
            output.raw(UInt8(ascii: "}"))
        } catch {
            output.truncate(to: start)
            writeError(responseError(for: error, method: method, context: context), id: id, to: &output)
        }
    }
}
