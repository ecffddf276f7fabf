import CloverServer
import Foundation
import JSONRPC
import Testing

/// The contract a client reads (`rpc.discover`, `protocol/openrpc.json`) is generated from the method
/// declarations; these tests keep the committed file, the examples and the real answers honest.
@Suite("Generated contract")
struct ContractTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let regenerate = "swift run clover-crm --in-memory call rpc.discover --pretty > protocol/openrpc.json"

    @Test("protocol/openrpc.json is exactly what rpc.discover answers")
    func committedContractIsCurrent() throws {
        var session = try TestSession()
        let live = try session.call("rpc.discover")
        let file = Self.packageRoot.appendingPathComponent("protocol/openrpc.json")
        let committed = try JSONParser.parse(Array(try Data(contentsOf: file)))
        guard committed != live else { return }
        // Name what differs instead of printing two multi-megabyte documents.
        func methods(_ document: JSONValue) -> [String: JSONValue] {
            Dictionary((document["methods"]?.arrayValue ?? []).map { ($0["name"]?.stringValue ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (old, new) = (methods(committed), methods(live))
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        Issue.record("protocol/openrpc.json is stale (methods differing: \(changed.isEmpty ? "none; info or components" : changed.joined(separator: ", "))); regenerate it with: \(Self.regenerate)")
    }

    @Test("every method has a summary, a result schema and at least one example")
    func everyMethodDocumented() throws {
        var session = try TestSession()
        let methods = try #require(try session.call("rpc.discover")["methods"]?.arrayValue)
        #expect(methods.count >= 4)
        for method in methods {
            let name = method["name"]?.stringValue ?? "?"
            let summary = method["summary"]?.stringValue ?? ""
            #expect(summary.count > 10, "\(name) has no summary")
            #expect(method["result"]?["schema"]?.objectValue != nil, "\(name) has no result schema")
            #expect((method["examples"]?.arrayValue?.count ?? 0) >= 1, "\(name) has no example")
        }
    }

    @Test("every example's params validate, its result matches the result schema, and running it on the demo answers in that schema")
    func examplesAreValid() throws {
        let registry = MethodCatalog.descriptors
        for descriptor in registry where descriptor.name != "server.shutdown" {
            for example in descriptor.examples {
                let paramProblems = SchemaValidator.validate(.object(example.params), against: descriptor.paramsSchema)
                #expect(paramProblems.isEmpty, "\(descriptor.name) example \(example.name): \(paramProblems)")
                let resultProblems = SchemaValidator.validate(example.result, against: descriptor.result)
                #expect(resultProblems.isEmpty, "\(descriptor.name) example \(example.name) result: \(resultProblems)")
                // Each example in its own demo session: examples may write.
                var session = try TestSession.demo()
                let actual: JSONValue
                do {
                    actual = try session.call(descriptor.name, example.params)
                } catch let answered as AnsweredError {
                    Issue.record("\(descriptor.name) example \(example.name) answered \(answered.error.jsonText)")
                    continue
                }
                let actualProblems = SchemaValidator.validate(actual, against: descriptor.result)
                #expect(actualProblems.isEmpty, "\(descriptor.name) real result: \(actualProblems)")
            }
        }
    }

    @Test("methods are registered in alphabetical order")
    func alphabetized() {
        let names = MethodCatalog.descriptors.filter { $0.aliasOf == nil }.map(\.name)
        #expect(names == names.sorted())
    }
}
