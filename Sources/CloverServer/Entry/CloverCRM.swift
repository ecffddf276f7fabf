import Foundation
import Glossary
import JSONRPC

/// The program: parse the command line, then serve stdio or answer one `call`.
public enum CloverCRM {
    /// Runs the program and returns its exit status.
    public static func main(arguments: [String], environment: [String: String]) -> Int32 {
        let protocolOutput = StandardStreams.reserveStandardOutputForProtocol()
        let options: ServerOptions
        do {
            options = try CommandLineParser.parse(arguments, environment: environment)
        } catch {
            StandardStreams.write("clover-crm: \(error.description)\n\(HelpText.usage)\nRun clover-crm --help for details.\n", to: 2)
            return 64  // EX_USAGE
        }
        if options.showHelp {
            StandardStreams.write(HelpText.full + "\n", to: protocolOutput)
            return 0
        }
        if options.showVersion {
            StandardStreams.write("clover-crm \(CloverVersion.program)\n", to: protocolOutput)
            return 0
        }
        let log = Log(level: options.logLevel)
        let glossary: GlossarySource
        do {
            glossary = GlossarySource(directory: try GlossaryBundle.locate(environment: environment))
        } catch {
            // The installation is incomplete; say where we looked so whoever packaged it can fix it.
            StandardStreams.write("clover-crm: \(error.description)\n", to: 2)
            return 70  // EX_SOFTWARE
        }
        var session: CloverSession
        do {
            session = try CloverSession(options: options, log: log, glossary: glossary)
        } catch {
            StandardStreams.write("clover-crm: \(error.message)\n", to: 2)
            return error.exitCode
        }
        if let request = options.oneShot {
            return OneShotCall.run(request, session: &session, protocolOutput: protocolOutput, pretty: options.pretty)
        }
        log.info("serving JSON-RPC on stdio")
        let transport = StdioTransport(outputDescriptor: protocolOutput, maximumLineBytes: options.maximumLineBytes)
        session.answerRelease = AnswerRelease(descriptor: protocolOutput)
        let ending = transport.run(&session)
        log.info("stopped: \(ending)")
        if case .inputError(let code) = ending {
            log.error("reading stdin failed (errno \(code))")
            return 74  // EX_IOERR
        }
        return 0
    }
}
