import CRMCore

/// Links between imported records: each must point at a record in the document or in the store,
/// so an import can never leave a contact without its account or a deal without its owner.
enum TransferReferences {
    static func dangling(in records: [AnyRecord], paths: [RecordID: String], state: CRMState) -> [TransferProblem] {
        var problems: [TransferProblem] = []
        for record in records {
            for (field, target) in links(of: record) where paths[target] == nil && state.anyRecord(target) == nil {
                problems.append(TransferProblem(path: "\(paths[record.id] ?? "$").\(field)", reason: "\(target) is neither in the document nor in this store"))
            }
        }
        return problems
    }

    /// The ids a record refers to, by field name.
    static func links(of record: AnyRecord) -> [(String, RecordID)] {
        let optional: [(String, RecordID?)] = switch record {
        case .user(let user): [("managerId", user.managerId)]
        case .lead(let lead): [("ownerId", lead.ownerId), ("converted.accountId", lead.converted?.accountId),
                               ("converted.contactId", lead.converted?.contactId), ("converted.opportunityId", lead.converted?.opportunityId)]
        case .account(let account): [("ownerId", account.ownerId), ("dniUserId", account.dniUserId), ("parentAccountId", account.parentAccountId)]
        case .contact(let contact): [("accountId", contact.accountId), ("ownerId", contact.ownerId)]
        case .opportunity(let deal): [("accountId", deal.accountId), ("primaryContactId", deal.primaryContactId), ("ownerId", deal.ownerId),
                                      ("leadId", deal.leadId)]
        case .license(let request): [("opportunityId", request.opportunityId), ("accountId", request.accountId), ("ownerId", request.ownerId)]
        case .quota(let quota): [("userId", quota.userId), ("managerId", quota.managerId)]
        case .note(let note): [("recordId", note.recordId), ("authorId", note.authorId)]
        }
        return optional.compactMap { field, id in id.map { (field, $0) } }
    }
}
