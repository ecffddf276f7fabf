import CRMCore
import JSONRPC

extension ServerContext {
    /// The domain's idea of now, from the server clock (frozen with `--now`).
    var now: Timestamp { Timestamp(clock.now()) }

    /// Who does a write, and when.
    var operation: OperationContext { OperationContext(actorId: actor.id, now: now) }

    /// The one door every write goes through: plan (done by the caller) → apply → answer.
    ///
    /// Persistence will insert "journal + fsync" here, before `apply`; events the change carries
    /// (licence requests) become notifications written after the line's answer.
    mutating func commit<Value>(_ planned: Planned<Value>) -> Value {
        let changeSet = planned.changeSet
        guard !changeSet.isEmpty else { return planned.value }
        state.apply(changeSet)
        for event in changeSet.events {
            switch event {
            case .licenseRequested(let request):
                outbox.append(["jsonrpc": "2.0", "method": "license.requested", "params": RecordJSON.value(.license(request))])
            }
        }
        return planned.value
    }

    /// Hands the pending notifications to the session loop.
    mutating func takeNotifications() -> [JSONValue] {
        defer { outbox.removeAll() }
        return outbox
    }

    /// Switches the acting user (`session.setUser`); the policy lives in CRMCore.
    mutating func switchUser(to handle: String) throws(CRMError) -> User {
        actor = try SessionPolicy.switchUser(startedAs: startedAs, to: handle, in: state)
        return actor
    }

    /// The session language in CRMCore's terms.
    var domainLanguage: Language { language == .korean ? .ko : .en }
}
