import Foundation
import JSONRPC
import Testing

/// MCP as hosts see it: the configuration examples in `clients/mcp/` launch a server that completes
/// a handshake, and the official Python SDK (2.x and 1.x) drives every tool, resource and prompt.
@Suite("MCP hosts")
struct MCPHostTests {
    static let repository = ClientTests.repository

    /// The server entry of a host's configuration file: `mcpServers` (Claude Desktop, Cursor) or
    /// `servers` (VS Code).
    struct ServerEntry {
        let command: String
        let arguments: [String]
        let environment: [String: String]

        init(file: String) throws {
            let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
            let document = try JSONParser.parse(text)
            let servers = document["mcpServers"] ?? document["servers"]
            let entry = try #require(servers?["clover-crm"], "\(file) has no clover-crm server")
            command = try #require(entry["command"]?.stringValue)
            arguments = entry["args"]?.arrayValue?.compactMap(\.stringValue) ?? []
            var environment: [String: String] = [:]
            for member in entry["env"]?.objectValue?.members ?? [] { environment[member.key] = member.value.stringValue }
            self.environment = environment
        }
    }

    @Test("each host configuration launches a server that completes the MCP handshake", arguments: [
        "clients/mcp/claude-desktop/claude_desktop_config.json",
        "clients/mcp/vscode/mcp.json",
        "clients/mcp/cursor/mcp.json",
    ])
    func configuration(file: String) throws {
        let entry = try ServerEntry(file: file)
        #expect(entry.command == "clover-crm", "hosts find the installed binary on PATH")
        // As installed: the binary on PATH, data in a private XDG directory.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("clover-mcp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = entry.environment
        environment["PATH"] = ServerProcess.binaryURL.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        environment["XDG_DATA_HOME"] = home.path
        let server = try ServerProcess(entry.arguments, environment: environment, command: entry.command)

        server.send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"host-test","version":"1"}}}"#)
        let initialized = try server.readJSON()
        #expect(initialized["result"]?["protocolVersion"] == "2025-06-18", "\(initialized.text)")
        #expect(initialized["result"]?["serverInfo"]?["name"] == "clover-crm")
        server.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
        server.send(#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#)
        let tools = try server.readJSON()
        let count = tools["result"]?["tools"]?.arrayValue?.count ?? 0
        #expect(count > 0 && count <= 30, "\(tools.text.prefix(300))")
        server.closeInput()
        #expect(server.waitForExit() == 0, "\(server.standardError())")
    }

    @Test("the official Python MCP SDK drives every tool, resource and prompt", arguments: [
        ("v2", "auto"), ("v2", "legacy"), ("v1", "handshake"),
    ])
    func pythonSDK(sdk: String, mode: String) throws {
        // The environments are made once (setup-sdks keeps them while their requirements stand).
        let setup = try ClientTests.run("bash", ["clients/mcp/tests/setup-sdks"])
        #expect(setup.status == 0, "setup-sdks failed:\n\(setup.output)")
        let root = try #require(setup.output.split(separator: "\n").last.map(String.init))
        let run = try ClientTests.run("\(root)/\(sdk)/bin/python", ["-W", "ignore::DeprecationWarning", "clients/mcp/tests/sdk_interop.py", ServerProcess.binaryURL.path, mode])
        #expect(run.status == 0, "the \(sdk) SDK in mode \(mode) found problems:\n\(run.output)")
        #expect(run.output.contains(" 0 failures"), "\(run.output)")
    }
}
