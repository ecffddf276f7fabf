/// A line read, checked and its params decoded ahead of its turn, possibly on another thread.
///
/// Reading the envelope, validating params against the schema and decoding them depend on nothing
/// but the line and the registry, and they are a third of answering a small write. A pipelining
/// client sends thousands of lines per read, so a second thread prepares them while the owner runs
/// the ones before (see `LinePipeline`); the owner is left with the part that needs the state.
///
/// Only the common case is prepared: one request for a native method. Everything else (batches,
/// notifications, MCP, lines that do not parse) is left to the owner's usual path, as is any
/// text in the session's language: a refusal is kept as data and worded when its turn comes, in
/// the language the session has then.
public struct PreparedLine<Context>: @unchecked Sendable {
    // @unchecked: a prepared line holds decoded params (plain values) and a closure over them; it
    // is made on one thread and handed to the owner once, through a lock, and never shared.
    enum Step {
        case call(id: RequestID, method: String, run: MethodRegistry<Context>.DecodedCall)
        case refuse(id: RequestID, method: String, Refusal)
        /// The owner answers the line the usual way.
        case later
    }

    enum Refusal {
        case invalidParams([ValidationProblem])
        /// Thrown while decoding params; turned into an answer like a method's own errors.
        case decodingFailed(any Error)
    }

    let step: Step

    /// A line the owner answers the usual way.
    public static var later: PreparedLine { PreparedLine(step: .later) }
}

extension Dispatcher {
    /// Prepares `line` for `handle(prepared:line:context:output:)`. Reads nothing but the line and
    /// the registry, so any thread may call it.
    public func prepare(line: UnsafeRawBufferPointer) -> PreparedLine<Context> {
        guard case .request(let id, let method, let params)? = RequestEnvelope.read(line),
              let entry = registry.entry(named: method)
        else { return .later }
        let object: JSONObject
        switch params {
        case nil: object = [:]
        case .object(let named)?: object = named
        default: return .later  // positional params: rare, and mapped by the usual path
        }
        let problems = SchemaValidator.validate(.object(object), against: entry.descriptor.paramsSchema)
        if !problems.isEmpty { return PreparedLine(step: .refuse(id: id, method: method, .invalidParams(problems))) }
        do {
            return PreparedLine(step: .call(id: id, method: method, run: try entry.decode(object)))
        } catch {
            return PreparedLine(step: .refuse(id: id, method: method, .decodingFailed(error)))
        }
    }

    /// Answers a prepared line; `line` is the line it was prepared from (answered the usual way
    /// when it was not prepared). The answer is the same bytes `handle(line:)` writes.
    public func handle(prepared: PreparedLine<Context>, line: UnsafeRawBufferPointer, context: inout Context, output: inout JSONWriter) {
        switch prepared.step {
        case .later:
            handle(line: line, context: &context, output: &output)
        case .call(let id, let method, let run):
            let start = output.count
            writeResultOpening(id: id, to: &output)
            do {
                try run(&context, &output)
                output.raw(UInt8(ascii: "}"))
            } catch {
                output.truncate(to: start)
                writeError(responseError(for: error, method: method, context: context), id: id, to: &output)
            }
            output.raw(UInt8(ascii: "\n"))
        case .refuse(let id, _, .invalidParams(let problems)):
            writeError(invalidParams(problems, context.language), id: id, to: &output)
            output.raw(UInt8(ascii: "\n"))
        case .refuse(let id, let method, .decodingFailed(let error)):
            writeError(responseError(for: error, method: method, context: context), id: id, to: &output)
            output.raw(UInt8(ascii: "\n"))
        }
    }
}
