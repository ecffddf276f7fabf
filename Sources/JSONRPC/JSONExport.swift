/// JSON values, the parser and the writer live in the `JSON` module so that modules needing only
/// JSON (the glossary loader) do not link the RPC layer; re-exported so every `import JSONRPC` keeps
/// seeing them as before.
@_exported import JSON
