import Foundation
import Glossary
import JSONRPC

/// The glossary, loaded when the first glossary question comes.
///
/// Loading takes a few milliseconds, more than the rest of start-up together, and most sessions (a
/// script listing leads, a dashboard refresh) never ask the glossary anything. Start-up still checks
/// that the bundle is installed, so a broken installation fails at once with the paths it tried.
/// A class so every copy of the session context shares one loaded glossary; only the single
/// server loop touches it, hence the unchecked conformance.
public final class GlossarySource: @unchecked Sendable {
    private let directory: URL?
    private var loaded: Glossary?
    private var failure: GlossaryLoadError?

    /// Loads from `directory` on first use.
    public init(directory: URL) {
        self.directory = directory
    }

    /// An already loaded glossary (tests, tools).
    public init(_ glossary: Glossary) {
        self.directory = nil
        self.loaded = glossary
    }

    /// The glossary, loading it the first time; a bundle that was found but cannot be read is an
    /// installation bug, answered as an internal error with the detail logged.
    func glossary(log: Log) throws(ResponseError) -> Glossary {
        if let loaded { return loaded }
        if failure == nil, let directory {
            do {
                let glossary = try Glossary(loadingFrom: directory)
                loaded = glossary
                return glossary
            } catch {
                failure = error
            }
        }
        log.error("the glossary bundle cannot be loaded: \(failure?.description ?? "no bundle")")
        throw ResponseError(.internalError, "The glossary is not available (details are in the server log)")
    }
}
