/// The lead status machine (SPEC §3).
///
/// new→contacted→qualified; new/contacted/qualified→disqualified; disqualified→new|contacted
/// (re-engagement). `converted` is reached only by `lead.convert` and is final: a converted lead is
/// read-only, and any update or status change is refused with `invalidTransition(from: converted, …,
/// allowed: [])` — 422 says "this move is not allowed" better than 403, which is about roles.
public enum LeadRules {
    /// The statuses `lead.setStatus` may move to from `status`.
    public static func allowedTargets(from status: LeadStatus) -> [LeadStatus] {
        switch status {
        case .new: [.contacted, .disqualified]
        case .contacted: [.qualified, .disqualified]
        case .qualified: [.disqualified]
        case .disqualified: [.new, .contacted]
        case .converted: []
        }
    }

    /// The statuses a lead may be created in (not converted).
    public static let creatableStatuses: [LeadStatus] = [.new, .contacted, .qualified, .disqualified]

    static func check(from: LeadStatus, to: LeadStatus) throws(CRMError) {
        let allowed = allowedTargets(from: from)
        guard allowed.contains(to) else {
            throw .invalidTransition(from: from.rawValue, to: to.rawValue, allowed: allowed.map(\.rawValue))
        }
    }

    /// A converted lead refuses every change.
    static func refuseIfConverted(_ lead: Lead, target: LeadStatus?) throws(CRMError) {
        if lead.status == .converted {
            throw .invalidTransition(from: LeadStatus.converted.rawValue,
                                     to: (target ?? .converted).rawValue, allowed: [])
        }
    }
}
