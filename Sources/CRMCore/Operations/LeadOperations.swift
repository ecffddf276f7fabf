extension CRMState {
    /// `lead.create`.
    public func createLead(_ draft: LeadDraft, _ context: OperationContext) throws(CRMError) -> Planned<Lead> {
        var checks = FieldChecks()
        let owner = try newOwner(draft.ownerId, actorId: context.actorId, path: "lead.ownerId", problems: &checks.problems)
        let status = draft.status ?? .new
        if !LeadRules.creatableStatuses.contains(status) {
            checks.add("lead.status", .unknownValue, allowed: LeadRules.creatableStatuses.map(\.rawValue))
        }
        let reason = checks.text(draft.disqualifiedReason, "lead.disqualifiedReason", max: 2000)
        if status == .disqualified, reason == nil { checks.add("lead.disqualifiedReason", .required) }
        if status != .disqualified, reason != nil { checks.add("lead.disqualifiedReason", .notAllowed) }
        let lead = Lead(
            id: nextID(.lead), name: checks.name(draft.name, "lead.name"),
            company: checks.text(draft.company, "lead.company"), title: checks.text(draft.title, "lead.title"),
            email: checks.email(draft.email, "lead.email"), phone: checks.text(draft.phone, "lead.phone", max: 50),
            country: checks.text(draft.country, "lead.country", max: 100),
            industry: checks.text(draft.industry, "lead.industry", max: 100), source: draft.source,
            status: status, disqualifiedReason: reason, notes: checks.text(draft.notes, "lead.notes", max: 10_000),
            ownerId: owner, createdAt: context.now)
        try checks.throwIfAny()
        return Planned(value: lead, changeSet: makeChangeSet("lead.create", context, [.upsert(.lead(lead))]))
    }

    /// `lead.get`: O(1); notFound outside visibility.
    public func lead(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> Lead {
        let viewer = try viewer(actorId)
        guard let lead = leads[id], canRead(.lead(lead), viewer) else { throw .notFound(type: .lead, id: id.description) }
        return lead
    }

    /// `lead.update` (partial). A converted lead refuses every update (see `LeadRules`).
    public func updateLead(_ id: RecordID, _ patch: LeadPatch, _ context: OperationContext,
                           operation: String = "lead.update") throws(CRMError) -> Planned<Lead> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .lead, case .lead(let current) = try writable(id, viewer, action: operation) else {
            throw .notFound(type: .lead, id: id.description)
        }
        try LeadRules.refuseIfConverted(current, target: patch.status)
        try checkVersion(patch.ifVersion, current.version)
        var checks = FieldChecks()
        var lead = current
        if let status = patch.status, status != current.status {
            try LeadRules.check(from: current.status, to: status)
            lead.status = status
        }
        lead.name = checks.patchName(patch.name, current: lead.name, "lead.name")
        lead.company = checks.patchText(patch.company, current: lead.company, "lead.company")
        lead.title = checks.patchText(patch.title, current: lead.title, "lead.title")
        lead.email = checks.patchEmail(patch.email, current: lead.email, "lead.email")
        lead.phone = checks.patchText(patch.phone, current: lead.phone, "lead.phone", max: 50)
        lead.country = checks.patchText(patch.country, current: lead.country, "lead.country", max: 100)
        lead.industry = checks.patchText(patch.industry, current: lead.industry, "lead.industry", max: 100)
        if let source = patch.source { lead.source = source }
        lead.notes = checks.patchText(patch.notes, current: lead.notes, "lead.notes", max: 10_000)
        lead.disqualifiedReason = checks.patchText(patch.disqualifiedReason, current: lead.disqualifiedReason,
                                                   "lead.disqualifiedReason", max: 2000)
        if lead.status == .disqualified {
            if lead.disqualifiedReason == nil { checks.add("lead.disqualifiedReason", .required) }
        } else if current.status == .disqualified, patch.disqualifiedReason == nil {
            lead.disqualifiedReason = nil  // re-engagement clears the old reason
        } else if lead.disqualifiedReason != nil {
            checks.add("lead.disqualifiedReason", .notAllowed)
        }
        if let owner = patch.ownerId, owner != current.ownerId {
            lead.ownerId = try checkOwner(owner, viewer, path: "lead.ownerId", problems: &checks.problems)
        }
        try checks.throwIfAny()
        guard lead != current else { return Planned(value: current, changeSet: makeChangeSet(operation, context, [])) }
        let changed = lead.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet(operation, context, [.upsert(.lead(changed))]))
    }

    /// `lead.setStatus`: a status move by the rules of `LeadRules`; `disqualifiedReason` is required to
    /// disqualify. Setting the current status again changes nothing.
    public func setLeadStatus(_ id: RecordID, _ status: LeadStatus, disqualifiedReason: String? = nil,
                              ifVersion: Int? = nil, _ context: OperationContext) throws(CRMError) -> Planned<Lead> {
        let patch = LeadPatch(status: status, disqualifiedReason: disqualifiedReason.map { .some($0) },
                              ifVersion: ifVersion)
        return try updateLead(id, patch, context, operation: "lead.setStatus")
    }

    /// `lead.kanban`: active leads (new, contacted, qualified) grouped by status, newest change first.
    public func leadKanban(by actorId: RecordID, ownerId: RecordID? = nil) throws(CRMError) -> [KanbanColumn] {
        let viewer = try viewer(actorId)
        var columns: [LeadStatus: [Lead]] = [:]
        for lead in leads.values where !lead.archived && lead.isActive && canRead(.lead(lead), viewer) {
            if let ownerId, lead.ownerId != ownerId { continue }
            columns[lead.status, default: []].append(lead)
        }
        return [LeadStatus.new, .contacted, .qualified].map { status in
            let sorted = (columns[status] ?? []).sorted { ($0.updatedAt, $1.id) > ($1.updatedAt, $0.id) }
            return KanbanColumn(status: status, leads: sorted)
        }
    }
}

/// One column of the lead Kanban board.
public struct KanbanColumn: Hashable, Sendable {
    public var status: LeadStatus
    public var leads: [Lead]
    public var count: Int { leads.count }
}
