import Foundation

/// Finds and loads the glossary resource bundle shipped beside the executable.
///
/// `Bundle.module` is not used: it traps when the bundle is missing, and a missing bundle should be a
/// clear error naming where it was looked for.
public enum GlossaryBundle {
    /// Environment variable naming the glossary directory explicitly, for tests and packaging. When
    /// set (and not empty), it is the only place looked at.
    public static let directoryVariable = "CLOVER_CRM_GLOSSARY_DIR"

    /// The path of the glossary directory inside SwiftPM's resource bundle, relative to the directory
    /// holding the executable.
    public static let bundledPath = "clover-crm_Glossary.resources/glossary"

    /// Loads the glossary from the first candidate directory that exists.
    ///
    /// - Throws: `.bundleNotFound` listing every path tried, or the error of the directory found.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GlossaryLoadError) -> Glossary {
        try load(searching: candidateDirectories(environment: environment))
    }

    /// The bundle's directory, without loading it: lets a server check its installation at start-up
    /// and load the glossary only when a glossary question comes.
    ///
    /// - Throws: `.bundleNotFound` listing every path tried.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GlossaryLoadError) -> URL {
        let candidates = candidateDirectories(environment: environment)
        guard let found = candidates.first(where: isDirectory) else { throw .bundleNotFound(tried: candidates.map(\.path)) }
        return found
    }

    /// Loads the first of `candidates` that is a directory.
    static func load(searching candidates: [URL]) throws(GlossaryLoadError) -> Glossary {
        for candidate in candidates where isDirectory(candidate) {
            return try Glossary(loadingFrom: candidate)
        }
        throw .bundleNotFound(tried: candidates.map(\.path))
    }

    /// Where `load` looks, in order: `CLOVER_CRM_GLOSSARY_DIR` alone when set; otherwise the bundle
    /// beside the running executable, found through /proc/self/exe (symlinks resolved) and through
    /// `Bundle.main.executableURL` (both as given and with symlinks resolved), without duplicates.
    public static func candidateDirectories(environment: [String: String]) -> [URL] {
        if let explicit = environment[directoryVariable], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit, isDirectory: true)]
        }
        var executables = [URL]()
        do {
            executables.append(URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")))
        } catch {
            // No /proc (not Linux, or a sandbox): Bundle.main below still names the executable.
        }
        if let main = Bundle.main.executableURL {
            executables.append(main)
            executables.append(main.resolvingSymlinksInPath())
        }
        var seen = Set<String>()
        return executables
            .map { $0.deletingLastPathComponent().appendingPathComponent(bundledPath, isDirectory: true) }
            .filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
