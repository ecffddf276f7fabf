/// What the dispatcher needs from the session it runs methods against.
public protocol DispatchContext {
    /// The language of human-readable messages for this session.
    var language: MessageLanguage { get }
    /// Called for a failure that is a bug: the detail goes to the log (stderr), never to the client.
    func logInternalError(_ error: any Error, method: String)
}
