/// Every method a server answers, by name.
///
/// Built once at start-up from one alphabetized list of declarations; each entry holds the
/// descriptor and a closure that decodes validated params into what runs the method.
public struct MethodRegistry<Context> {
    /// A call whose params are decoded already: what is left needs the context.
    typealias DecodedCall = (_ context: inout Context, _ output: inout JSONWriter) throws -> Void
    /// Decodes validated params, which depends on nothing but the params, so it may run ahead of
    /// the call on another thread (see `PreparedLine`).
    typealias Decode = @Sendable (_ params: JSONObject) throws -> DecodedCall

    /// A class so a lookup on the hot path costs one retain, not one per descriptor field.
    final class Entry: Sendable {
        let descriptor: MethodDescriptor
        let decode: Decode

        init(descriptor: MethodDescriptor, decode: @escaping Decode) {
            self.descriptor = descriptor
            self.decode = decode
        }
    }

    private(set) var entries: [String: Entry] = [:]
    /// `entries` again, in a table that is cheaper to look names up in (see `NameLookup`).
    private var lookup = NameLookup<Entry>()
    /// Names in registration order (the order of the contract).
    public private(set) var names: [String] = []

    public init() {}

    public init(_ methods: [any RPCMethod<Context>.Type]) {
        for method in methods { register(method) }
    }

    public mutating func register<M: RPCMethod>(_ method: M.Type) where M.Context == Context {
        add(MethodDescriptor(method), method)
    }

    /// Registers `alias` as another name for `method` (same params, result and code).
    public mutating func register<M: RPCMethod>(_ method: M.Type, alias: String) where M.Context == Context {
        add(MethodDescriptor(method, name: alias, aliasOf: M.name), method)
    }

    private mutating func add<M: RPCMethod>(_ descriptor: MethodDescriptor, _ method: M.Type) where M.Context == Context {
        precondition(entries[descriptor.name] == nil, "method \(descriptor.name) registered twice")
        let entry = Entry(descriptor: descriptor) { params in
            let decoded = try M.Params(from: ParamReader(params))
            return { context, output in try M.run(decoded, context: &context).writeJSON(to: &output) }
        }
        entries[descriptor.name] = entry
        lookup.insert(descriptor.name, entry)
        names.append(descriptor.name)
    }

    public var descriptors: [MethodDescriptor] { names.compactMap { entries[$0]?.descriptor } }

    public func descriptor(named name: String) -> MethodDescriptor? { entries[name]?.descriptor }

    func entry(named name: String) -> Entry? { lookup.value(named: name) }
}

/// Built once at start-up and only read afterwards, so a line-preparing thread may read it too.
extension MethodRegistry: Sendable {}
