// swift-tools-version:6.0
// Foundation only: the design card forbids package dependencies.
import PackageDescription

/// Lets the executable specialise the libraries' generic code for its own types.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "clover-crm",
    products: [
        .executable(name: "clover-crm", targets: ["clover-crm"]),
    ],
    targets: [
        // JSON values, a strict parser over bytes and the writer. Knows nothing of RPC or the CRM.
        .target(name: "JSON", swiftSettings: crossModule),
        .testTarget(name: "JSONTests", dependencies: ["JSON"], exclude: ["Corpus"]),

        // Line framing, JSON-RPC messages and dispatch, JSON Schema validation and the OpenRPC
        // document, over `JSON` (re-exported). Knows nothing of the CRM.
        .target(name: "JSONRPC", dependencies: ["JSON"], swiftSettings: crossModule),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),

        // The CRM as pure values: records, rules, row-level access, KPIs. No IO, no clock, no globals.
        .target(name: "CRMCore", swiftSettings: crossModule),
        .testTarget(name: "CRMCoreTests", dependencies: ["CRMCore"]),

        // Durability: the journal with group commit, snapshots, recovery, the data-directory lock.
        .target(name: "CRMStore", dependencies: ["CRMCore", "JSON"], swiftSettings: crossModule),
        .testTarget(name: "CRMStoreTests", dependencies: ["CRMStore", "JSON"], exclude: ["Fixtures"]),

        // The bilingual glossary: the bundled entries and the queries over them.
        .target(name: "Glossary", dependencies: ["JSON"], resources: [.copy("Resources/glossary")]),
        .testTarget(name: "GlossaryTests", dependencies: ["Glossary"]),

        // The Model Context Protocol on the same stream: both eras, tools generated from method
        // declarations, resources and prompts supplied by a host. Knows nothing of the CRM.
        .target(name: "MCP", dependencies: ["JSONRPC"], swiftSettings: crossModule),
        .testTarget(name: "MCPTests", dependencies: ["MCP", "JSONRPC"]),

        // The methods a host calls: declarations, schemas, the session, the stdio server.
        .target(name: "CloverServer", dependencies: ["JSONRPC", "MCP", "CRMCore", "CRMStore", "Glossary"], swiftSettings: crossModule),
        .testTarget(name: "CloverServerTests", dependencies: ["CloverServer", "JSONRPC", "MCP", "Glossary", "CRMCore", "CRMStore"]),

        // The thin executable: command line in, server out.
        .executableTarget(name: "clover-crm", dependencies: ["CloverServer"]),
        // Tests of the built binary over pipes, and the golden transcripts in protocol/conformance.
        .testTarget(name: "EndToEndTests", dependencies: ["clover-crm", "JSONRPC"]),

        // Benchmarks (bench/run): a load driver, a trivial echo peer for baseline latency, and the
        // in-process glossary figures; it writes large stores with CRMStore's own encoder.
        .executableTarget(name: "clover-bench", dependencies: ["JSONRPC", "Glossary", "CRMCore", "CRMStore"], path: "bench/Sources/clover-bench"),
    ]
)
