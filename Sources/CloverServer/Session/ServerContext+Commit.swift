import CRMCore
import JSONRPC

extension ServerContext {
    /// The domain's idea of now, from the server clock (frozen with `--now`).
    var now: Timestamp { clock.now() }

    /// Who does a write, and when.
    var operation: OperationContext { OperationContext(actorId: actor.id, now: now) }

    /// The one door every write goes through: plan (done by the caller) → apply → journal → answer.
    ///
    /// The answer is held until the session's settle has fsync'ed the group (strict durability);
    /// events the change carries (licence requests) become notifications written after the answer.
    mutating func commit<Value>(_ planned: Planned<Value>) throws(ResponseError) -> Value {
        let changeSet = planned.changeSet
        guard !changeSet.isEmpty else { return planned.value }
        if options.readOnly {
            let message = language == .korean ? "읽기 전용으로 열린 서버라 변경할 수 없습니다" : "The server was opened read-only; nothing can be changed"
            throw ResponseError(.readOnly, message)
        }
        // Applied now so later requests of the same input chunk see it; the journal record becomes
        // durable (and the answer is released) when the session settles the group.
        state.apply(changeSet)
        store?.append(changeSet)
        commitsSinceSettle += 1
        for event in changeSet.events {
            switch event {
            case .licenseRequested(let request):
                outbox.append(["jsonrpc": "2.0", "method": "license.requested", "params": RecordJSON.value(.license(request))])
            }
        }
        return planned.value
    }

    /// Replaces the state with the durable one after a group could not be made durable.
    mutating func replaceState(_ durable: CRMState) {
        state = durable
        outbox.removeAll()
        outboxAhead.removeAll()
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
