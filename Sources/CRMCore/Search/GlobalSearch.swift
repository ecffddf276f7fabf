/// One `search.global` result.
public struct SearchHit: Hashable, Sendable {
    public var id: RecordID
    public var kind: RecordKind
    /// The record's name.
    public var title: String
    /// Company, account or e-mail, whichever helps tell hits apart.
    public var subtitle: String?
    /// 3 exact, 2 prefix, 1 contained; higher ranks first.
    public var score: Int
}

extension CRMState {
    /// `search.global {q}`: visible, unarchived leads, accounts, contacts, opportunities and users whose
    /// name, company, domain or e-mail contains `q`, case-, accent- and width-insensitively
    /// (`ＮＩＫＥ` finds Nike, `hugo boss` finds Hugo Boß, Hangul matches Hangul).
    public func searchGlobal(_ query: String, limit: Int = 20, by actorId: RecordID) throws(CRMError) -> [SearchHit] {
        let viewer = try viewer(actorId)
        let needle = TextFolding.fold(query.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !needle.isEmpty else { throw .invalid("q", .required) }
        var hits: [SearchHit] = []
        for (id, keys) in searchKeys {
            var score = 0
            for key in keys {
                if key == needle { score = max(score, 3) } else if key.hasPrefix(needle) { score = max(score, 2) } else if key.contains(needle) {
                    score = max(score, 1)
                }
            }
            guard score > 0, let record = anyRecord(id), !record.archived, canRead(record, viewer) else { continue }
            hits.append(hit(record, score: score))
        }
        hits.sort { ($1.score, $0.title, $0.id) < ($0.score, $1.title, $1.id) }
        return Array(hits.prefix(max(1, min(limit, 500))))
    }

    private func hit(_ record: AnyRecord, score: Int) -> SearchHit {
        switch record {
        case .lead(let lead):
            return SearchHit(id: lead.id, kind: .lead, title: lead.name, subtitle: lead.company ?? lead.email, score: score)
        case .account(let account):
            return SearchHit(id: account.id, kind: .account, title: account.name, subtitle: account.domain, score: score)
        case .contact(let contact):
            return SearchHit(id: contact.id, kind: .contact, title: contact.name,
                             subtitle: accounts[contact.accountId]?.name ?? contact.email, score: score)
        case .opportunity(let deal):
            return SearchHit(id: deal.id, kind: .opportunity, title: deal.name, subtitle: accounts[deal.accountId]?.name,
                             score: score)
        case .user(let user):
            return SearchHit(id: user.id, kind: .user, title: user.name, subtitle: user.email ?? user.handle, score: score)
        default:
            return SearchHit(id: record.id, kind: record.id.kind, title: record.id.description, subtitle: nil, score: score)
        }
    }
}
