import CRMCore

/// The unique keys the create rules keep, kept by imports too: user handles, and one live quota per
/// subject, period and currency. A key held by another record in the store is a conflict (409); one
/// used twice within the document is a problem of the document.
enum TransferUniqueKeys {
    static func conflicts(in records: [AnyRecord], paths: [RecordID: String], state: CRMState) -> [TransferProblem] {
        var problems: [TransferProblem] = []
        var handles: [String: RecordID] = [:]
        var quotaKeys: [QuotaKey: RecordID] = [:]
        let imported = Set(records.map(\.id))
        for record in records {
            let path = paths[record.id] ?? "$"
            switch record {
            case .user(let user):
                if let holder = state.user(handle: user.handle), holder.id != user.id, !imported.contains(holder.id) {
                    problems.append(TransferProblem(path: "\(path).handle", reason: "handle \(user.handle) belongs to \(holder.id) in this store", isConflict: true))
                } else if let other = handles[user.handle.lowercased()] {
                    problems.append(TransferProblem(path: "\(path).handle", reason: "handle \(user.handle) is also used by \(other)"))
                }
                handles[user.handle.lowercased()] = user.id
            case .quota(let quota) where !quota.archived:
                let key = QuotaKey(quota)
                if let clash = state.quotas.values.first(where: { !$0.archived && $0.id != quota.id && !imported.contains($0.id) && QuotaKey($0) == key }) {
                    problems.append(TransferProblem(path: "\(path).period", reason: "\(clash.id) already sets this quota for \(quota.period)", isConflict: true))
                } else if let other = quotaKeys[key] {
                    problems.append(TransferProblem(path: "\(path).period", reason: "\(other) sets the same quota for \(quota.period)"))
                }
                quotaKeys[key] = quota.id
            default:
                break
            }
        }
        return problems
    }

    private struct QuotaKey: Hashable {
        let userId: RecordID?
        let managerId: RecordID?
        let period: String
        let currency: String

        init(_ quota: Quota) {
            userId = quota.userId
            managerId = quota.managerId
            period = quota.period.description
            currency = quota.amount.currency.code
        }
    }
}
