/// Why the glossary bundle could not be loaded. Each case names the paths involved, because the
/// person reading it is usually packaging the program and needs to know where to put the files.
public enum GlossaryLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// None of the candidate directories exists; lists every path tried, in the order tried.
    case bundleNotFound(tried: [String])
    /// A file or directory exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A file is not the expected JSON; `reason` names the entry and key where decoding stopped.
    case malformed(path: String, reason: String)
    /// The files parse but contradict each other: a duplicate id, an unknown category.
    case inconsistent(reason: String)

    public var description: String {
        switch self {
        case .bundleNotFound(let tried):
            "glossary bundle not found; tried: " + tried.joined(separator: ", ")
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .malformed(let path, let reason):
            "malformed glossary file \(path): \(reason)"
        case .inconsistent(let reason):
            "inconsistent glossary data: \(reason)"
        }
    }
}
