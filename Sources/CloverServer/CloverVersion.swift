/// Versions reported by `--version`, `server.info` and the contract.
public enum CloverVersion {
    public static let program = "0.1.0"
    /// Bumped when the wire contract changes incompatibly.
    public static let protocolVersion = "1.0"
}
