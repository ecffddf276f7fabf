import Testing
@testable import CRMCore

@Suite struct LeadTests {
    @Test func createStampsRecord() throws {
        var world = try World()
        let lead = try world.lead("Jane Doe", by: world.kim, company: "Nike", email: "jane@nike.com")
        #expect(lead.id.description.hasPrefix("lead_"))
        #expect(lead.version == 1)
        #expect(lead.status == .new)
        #expect(lead.ownerId == world.kim)
        #expect(lead.createdAt == lead.updatedAt)
        #expect(try world.state.lead(lead.id, by: world.kim) == lead)
    }

    @Test func reportsAllProblemsTogether() throws {
        var world = try World()
        let draft = LeadDraft(name: "  ", email: "not-an-email", status: .disqualified)
        let error = crmError { _ = try world.state.createLead(draft, world.ctx(world.kim)) }
        guard case .invalidFields(let problems) = error else {
            Issue.record("expected invalidFields, got \(String(describing: error))")
            return
        }
        #expect(Set(problems.map(\.path)) == ["lead.name", "lead.email", "lead.disqualifiedReason"])
    }

    @Test("text limits count characters, not bytes")
    func lengthLimitsCountCharacters() throws {
        var world = try World()
        // 200 Korean characters are 600 bytes: within the 200-character limit.
        let korean = String(repeating: "가", count: 200)
        #expect(try world.state.createLead(LeadDraft(name: korean), world.ctx(world.kim)).value.name == korean)
        // 150 family emoji are 150 characters of 25 bytes each.
        let emoji = String(repeating: "👨‍👩‍👧‍👦", count: 150)
        #expect(try world.state.createLead(LeadDraft(name: emoji), world.ctx(world.kim)).value.name == emoji)
        for tooLong in [String(repeating: "a", count: 201), String(repeating: "가", count: 201)] {
            let error = crmError { _ = try world.state.createLead(LeadDraft(name: tooLong), world.ctx(world.kim)) }
            guard case .invalidFields(let problems) = error else {
                Issue.record("expected invalidFields, got \(String(describing: error))")
                continue
            }
            #expect(problems.map(\.path) == ["lead.name"] && problems.map(\.reason) == [.tooLong])
        }
    }

    @Test(arguments: [
        (LeadStatus.new, LeadStatus.contacted, true), (.new, .qualified, false), (.new, .disqualified, true),
        (.contacted, .qualified, true), (.contacted, .new, false), (.qualified, .disqualified, true),
        (.qualified, .converted, false), (.qualified, .contacted, false), (.disqualified, .new, true),
        (.disqualified, .contacted, true), (.disqualified, .qualified, false),
    ])
    func statusTransitions(from: LeadStatus, to: LeadStatus, allowed: Bool) throws {
        var world = try World()
        let reason: String? = from == .disqualified ? "no budget" : nil
        let lead = world.commit(try world.state.createLead(
            LeadDraft(name: "L", status: from, disqualifiedReason: reason), world.ctx(world.kim)))
        let error = crmError {
            _ = try world.state.setLeadStatus(lead.id, to, disqualifiedReason: to == .disqualified ? "no ICP fit" : nil,
                                              world.ctx(world.kim))
        }
        if allowed {
            #expect(error == nil)
        } else {
            #expect(error == .invalidTransition(from: from.rawValue, to: to.rawValue,
                                                allowed: LeadRules.allowedTargets(from: from).map(\.rawValue)))
        }
    }

    @Test func disqualifyNeedsReasonAndReengagementClearsIt() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let missing = crmError { _ = try world.state.setLeadStatus(lead.id, .disqualified, world.ctx(world.kim)) }
        #expect(missing == .invalidFields([FieldProblem("lead.disqualifiedReason", .required)]))
        let out = world.commit(try world.state.setLeadStatus(lead.id, .disqualified, disqualifiedReason: "No budget",
                                                             world.ctx(world.kim)))
        #expect(out.disqualifiedReason == "No budget")
        #expect(out.version == 2)
        let back = world.commit(try world.state.setLeadStatus(lead.id, .contacted, world.ctx(world.kim)))
        #expect(back.status == .contacted)
        #expect(back.disqualifiedReason == nil)
    }

    @Test func sameStatusIsANoOp() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let planned = try world.state.setLeadStatus(lead.id, .new, world.ctx(world.kim))
        #expect(planned.changeSet.isEmpty)
        #expect(planned.value.version == 1)
    }

    @Test func ifVersionMismatchIsAConflict() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let error = crmError { _ = try world.state.updateLead(lead.id, LeadPatch(title: "CEO", ifVersion: 7), world.ctx(world.kim)) }
        #expect(error == .conflict(.version(current: 1)))
    }

    @Test func kanbanGroupsActiveLeads() throws {
        var world = try World()
        _ = try world.lead("A", by: world.kim)
        let b = try world.lead("B", by: world.kim)
        _ = world.commit(try world.state.setLeadStatus(b.id, .contacted, world.ctx(world.kim)))
        let c = try world.lead("C", by: world.kim)
        _ = world.commit(try world.state.setLeadStatus(c.id, .disqualified, disqualifiedReason: "x", world.ctx(world.kim)))
        _ = try world.lead("Other", by: world.jones)
        let board = try world.state.leadKanban(by: world.kim)
        #expect(board.map(\.status) == [.new, .contacted, .qualified])
        #expect(board.map(\.count) == [1, 1, 0])
    }
}
