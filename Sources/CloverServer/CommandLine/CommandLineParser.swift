import CRMCore
import JSONRPC

/// A command line the program cannot act on; reported with the usage line and exit code 64.
public struct CommandLineError: Error, Equatable, CustomStringConvertible {
    public let description: String
}

/// Parses `clover-crm [options] [call METHOD [PARAMS_JSON]]`, with environment defaults
/// (`CLOVER_CRM_USER`, `CLOVER_CRM_NOW`, `CLOVER_CRM_DATA_DIR` is read later, when resolving storage).
public enum CommandLineParser {
    static let valueFlags = [
        "--data-dir", "--user", "--locale", "--now", "--log-level", "--max-line-bytes", "--durability", "--snapshot-every",
    ]
    static let switchFlags = ["--in-memory", "--demo", "--read-only", "--repair", "--pretty", "--help", "-h", "--version"]

    public static func parse(_ arguments: [String], environment: [String: String]) throws(CommandLineError) -> ServerOptions {
        var options = ServerOptions()
        options.user = environment["CLOVER_CRM_USER"].flatMap { $0.isEmpty ? nil : $0 }
        if let now = environment["CLOVER_CRM_NOW"], !now.isEmpty { options.now = try clock(now, source: "CLOVER_CRM_NOW") }
        var positionals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals.append(contentsOf: arguments[index...])
                break
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String? = nil
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if switchFlags.contains(name) {
                guard inlineValue == nil else { throw CommandLineError(description: "\(name) takes no value") }
                try applySwitch(name, to: &options)
            } else if valueFlags.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else { throw CommandLineError(description: "\(name) needs a value") }
                    value = arguments[index]
                    index += 1
                }
                try applyValue(name, value, to: &options)
            } else {
                let known = (valueFlags + switchFlags).filter { $0.hasPrefix("--") }
                let hint = ClosestMatch.best(for: name, among: known).map { "; did you mean \($0)?" } ?? ""
                throw CommandLineError(description: "unknown option \(name)\(hint)")
            }
        }
        try applyPositionals(positionals, to: &options)
        // The demo is for looking around: never write it into the user's real store unless they
        // name a data directory for it.
        if options.demo, options.storage == .defaultDirectory { options.storage = .inMemory }
        return options
    }

    private static func applySwitch(_ name: String, to options: inout ServerOptions) throws(CommandLineError) {
        switch name {
        case "--in-memory":
            if case .directory = options.storage { throw CommandLineError(description: "--in-memory and --data-dir cannot be combined") }
            options.storage = .inMemory
        case "--demo": options.demo = true
        case "--read-only": options.readOnly = true
        case "--repair": options.repair = true
        case "--pretty": options.pretty = true
        case "--help", "-h": options.showHelp = true
        default: options.showVersion = true
        }
    }

    private static func applyValue(_ name: String, _ value: String, to options: inout ServerOptions) throws(CommandLineError) {
        switch name {
        case "--data-dir":
            if options.storage == .inMemory { throw CommandLineError(description: "--in-memory and --data-dir cannot be combined") }
            guard !value.isEmpty else { throw CommandLineError(description: "--data-dir needs a directory") }
            options.storage = .directory(value)
        case "--user":
            guard !value.isEmpty else { throw CommandLineError(description: "--user needs a handle") }
            options.user = value
        case "--locale":
            guard let language = MessageLanguage(rawValue: value) else { throw CommandLineError(description: "--locale must be en or ko, not \"\(value)\"") }
            options.locale = language
        case "--now": options.now = try clock(value, source: "--now")
        case "--log-level":
            guard let level = LogLevel(rawValue: value) else { throw CommandLineError(description: "--log-level must be one of error, warn, info, debug") }
            options.logLevel = level
        case "--max-line-bytes":
            guard let bytes = Int(value), bytes >= 64, bytes <= 1 << 30 else {
                throw CommandLineError(description: "--max-line-bytes must be a whole number from 64 to 1073741824")
            }
            options.maximumLineBytes = bytes
        case "--durability":
            guard let durability = ServerOptions.Durability(rawValue: value) else { throw CommandLineError(description: "--durability must be strict or relaxed") }
            options.durability = durability
        default:  // --snapshot-every
            guard let count = Int(value), count >= 1 else { throw CommandLineError(description: "--snapshot-every must be a whole number of at least 1") }
            options.snapshotEvery = count
        }
    }

    private static func applyPositionals(_ positionals: [String], to options: inout ServerOptions) throws(CommandLineError) {
        guard let first = positionals.first else { return }
        guard first == "call" else { throw CommandLineError(description: "unexpected argument \"\(first)\"; the only command is `call METHOD [PARAMS_JSON]`") }
        guard positionals.count >= 2 else { throw CommandLineError(description: "call needs a METHOD") }
        guard positionals.count <= 3 else { throw CommandLineError(description: "call takes METHOD and at most one PARAMS_JSON argument") }
        options.oneShot = OneShotRequest(method: positionals[1], params: positionals.count == 3 ? positionals[2] : nil)
    }

    private static func clock(_ value: String, source: String) throws(CommandLineError) -> String {
        // Checked by the parser the clock uses, so whatever passes here is the time it runs at.
        guard Timestamp(rfc3339: value) != nil else {
            throw CommandLineError(description: "\(source) must be an RFC 3339 time such as 2026-11-22T09:00:00Z, not \"\(value)\"")
        }
        return value
    }
}
