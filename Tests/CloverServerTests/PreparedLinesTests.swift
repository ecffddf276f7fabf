import CloverServer
import Foundation
@testable import JSONRPC
import Testing

/// Lines prepared ahead of their turn (all of them before the first runs, as a fast preparing
/// thread would) must be answered with the bytes the usual path writes: native calls, MCP in both
/// eras, the handshake itself, errors, and the notifications a call sends ahead of its answer.
@Suite("Prepared lines in a Clover session")
struct PreparedLinesTests {
    static let stateless = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#

    static let lines: [String] = [
        #"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_1"}}}"#,  // before initialize
        #"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
        #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_1"}}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_1"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_999"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"lead_get","arguments":{"idd":"lead_1"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"no_such_tool","arguments":{},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"lead_get","arguments":[1],\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_1"},"_meta":{"io.modelcontextprotocol/protocolVersion":7}}}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"tools/call","params":{"name":"lead_create","arguments":{"name":"Prepared Lead","company":"무신사"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":11,"method":"session.configure","params":{"locale":"ko"}}"#,
        #"{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_999"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":13,"method":"lead.get","params":{"id":"lead_999"}}"#,
        #"{"jsonrpc":"2.0","id":14,"method":"lead.create","params":{"name":""}}"#,
        #"{"jsonrpc":"2.0","id":15,"method":"tools/call","params":{"name":"glossary_lookup","arguments":{"term":"파이프라인"},\#(stateless)}}"#,
        #"{"jsonrpc":"2.0","id":16,"method":"logging/setLevel","params":{"level":"debug"}}"#,
        #"{"jsonrpc":"2.0","id":17,"method":"tools/call","params":{"name":"lead_get","arguments":{"id":"lead_999"}}}"#,
        #"{"jsonrpc":"2.0","id":18,"method":"tools/call","params":{"name":"import_records","arguments":{"format":"csv","object":"lead","data":"name,company\nA,B\n","dryRun":true},"_meta":{"progressToken":"p-1"}}}"#,
        #"{"jsonrpc":"2.0","id":19,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{}}}"#,
    ]

    @Test("every line answers with the same bytes prepared ahead or not")
    func sameAnswers() throws {
        var usual = try TestSession.demo(), ahead = try TestSession.demo()
        let preparer = try #require(ahead.session.linePreparer)
        let bytes = Self.lines.map { Array($0.utf8) }
        let prepared = bytes.map { line in line.withUnsafeBytes { preparer($0) } }
        // What the preparing thread took on: native requests and MCP tool calls it could read.
        let kinds = prepared.map { line -> String in
            switch line.step {
            case .call: "native"
            case .extensionCall: "mcp"
            case .later: "later"
            }
        }
        #expect(kinds == ["mcp", "later", "later", "mcp", "mcp", "mcp", "mcp", "later", "later", "later", "mcp",
                          "native", "mcp", "native", "native", "mcp", "later", "mcp", "mcp", "later"])
        for (index, line) in bytes.enumerated() {
            var usualOutput = JSONWriter(), aheadOutput = JSONWriter()
            line.withUnsafeBytes { raw in
                usual.session.receive(line: raw, output: &usualOutput)
                ahead.session.receive(prepared: prepared[index], line: raw, output: &aheadOutput)
            }
            usual.session.settle(output: &usualOutput)
            ahead.session.settle(output: &aheadOutput)
            #expect(String(decoding: aheadOutput.bytes, as: UTF8.self) == String(decoding: usualOutput.bytes, as: UTF8.self), "line \(index + 1)")
        }
    }
}
