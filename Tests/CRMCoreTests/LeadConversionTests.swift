import Testing
@testable import CRMCore

@Suite struct LeadConversionTests {
    mutating func qualifiedLead(_ world: inout World, by owner: RecordID, company: String = "Nike Korea",
                                email: String = "jane@nike.com") throws -> Lead {
        let lead = world.commit(try world.state.createLead(
            LeadDraft(name: "Jane", company: company, title: "Buyer", email: email, country: "KR", status: .qualified),
            world.ctx(owner)))
        return lead
    }

    @Test func onlyQualifiedLeadsConvert() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let error = crmError { _ = try world.state.convertLead(LeadConversionRequest(leadId: lead.id), world.ctx(world.kim)) }
        #expect(error == .invalidTransition(from: "new", to: "converted", allowed: ["contacted", "disqualified"]))
    }

    @Test mutating func createsAccountContactAndDealTogether() throws {
        var world = try World()
        let lead = try qualifiedLead(&world, by: world.kim, company: "Hugo Boss AG", email: "anna@hugoboss.com")
        let request = LeadConversionRequest(leadId: lead.id, contactRole: .champion,
                                            opportunity: ConversionOpportunity(acv: "50000", closeDate: Day("2026-12-31")))
        let planned = try world.state.convertLead(request, world.ctx(world.kim))
        #expect(planned.changeSet.changes.count == 4)  // account, contact, opportunity, lead
        let result = world.commit(planned)
        #expect(result.accountCreated && result.contactCreated)
        #expect(result.account.name == "Hugo Boss AG" && result.account.domain == "hugoboss.com")
        #expect(result.contact.role == .champion && result.contact.email == "anna@hugoboss.com")
        let deal = try #require(result.opportunity)
        #expect(deal.leadId == lead.id && deal.leadCreatedAt == lead.createdAt)
        #expect(deal.primaryContactId == result.contact.id)
        let converted = try world.state.lead(lead.id, by: world.kim)
        #expect(converted.status == .converted)
        #expect(converted.converted == LeadConversionLinks(accountId: result.account.id, contactId: result.contact.id,
                                                           opportunityId: deal.id))
        // Converted is final and read-only.
        let edit = crmError { _ = try world.state.updateLead(lead.id, LeadPatch(title: "x"), world.ctx(world.kim)) }
        #expect(edit == .invalidTransition(from: "converted", to: "converted", allowed: []))
        let again = crmError { _ = try world.state.convertLead(LeadConversionRequest(leadId: lead.id), world.ctx(world.kim)) }
        #expect(again == .invalidTransition(from: "converted", to: "converted", allowed: []))
    }

    @Test mutating func duplicatesNeedADecision() throws {
        var world = try World()
        let nike = try world.account("Nike, Inc.", by: world.kim, domain: "nike.com")
        let lead = try qualifiedLead(&world, by: world.kim, company: "NIKE")
        let error = crmError { _ = try world.state.convertLead(LeadConversionRequest(leadId: lead.id), world.ctx(world.kim)) }
        #expect(error == .duplicateCandidates([DuplicateCandidate(account: nike, reasons: [.name, .domain])]))
        let forced = try world.state.convertLead(LeadConversionRequest(leadId: lead.id, createNewAccount: true), world.ctx(world.kim))
        #expect(forced.value.accountCreated)
    }

    @Test mutating func candidatesOutsideVisibilityAreNotShown() throws {
        var world = try World()
        _ = try world.account("Nike", by: world.jones, domain: "nike.com")
        let lead = try qualifiedLead(&world, by: world.kim, company: "Nike")
        let result = world.commit(try world.state.convertLead(LeadConversionRequest(leadId: lead.id), world.ctx(world.kim)))
        #expect(result.candidates.isEmpty && result.accountCreated)
    }

    @Test mutating func dryRunPreviewsWithoutChanging() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim, domain: "nike.com")
        let ann = world.commit(try world.state.createContact(ContactDraft(accountId: nike.id, name: "Jane", email: "JANE@nike.com"),
                                                             world.ctx(world.kim)))
        let lead = try qualifiedLead(&world, by: world.kim)
        let before = world.state.changeLog.count
        let preview = try world.state.convertLead(LeadConversionRequest(leadId: lead.id, dryRun: true), world.ctx(world.kim))
        #expect(preview.changeSet.isEmpty)
        #expect(preview.value.candidates.map(\.account.id) == [nike.id])
        #expect(preview.value.matchedContacts.map(\.id) == [ann.id])
        #expect(preview.value.accountCreated)
        world.state.apply(preview.changeSet)
        #expect(world.state.changeLog.count == before)
        #expect(try world.state.lead(lead.id, by: world.kim).status == .qualified)
    }

    @Test mutating func attachingFillsOnlyEmptyFieldsAndReusesContactByEmail() throws {
        var world = try World()
        let nike = world.commit(try world.state.createAccount(AccountDraft(name: "Nike", country: "US"), world.ctx(world.kim)))
        let jane = world.commit(try world.state.createContact(ContactDraft(accountId: nike.id, name: "Jane", email: "jane@nike.com"),
                                                              world.ctx(world.kim)))
        let lead = try qualifiedLead(&world, by: world.kim)
        let request = LeadConversionRequest(leadId: lead.id, accountId: nike.id, account: AccountDraft(name: "", industry: "Sportswear"))
        let result = world.commit(try world.state.convertLead(request, world.ctx(world.kim)))
        #expect(!result.accountCreated && !result.contactCreated)
        #expect(result.contact.id == jane.id)
        #expect(result.opportunity == nil)
        #expect(Set(result.filledAccountFields) == ["domain", "industry"])
        let account = try world.state.account(nike.id, by: world.kim)
        #expect(account.country == "US" && account.industry == "Sportswear" && account.domain == "nike.com")
    }

    @Test mutating func allOrNothing() throws {
        var world = try World()
        let lead = try qualifiedLead(&world, by: world.kim)
        let counts = world.state.recordCounts
        let request = LeadConversionRequest(leadId: lead.id, opportunity: ConversionOpportunity(acv: "12.345"))
        let error = crmError { _ = try world.state.convertLead(request, world.ctx(world.kim)) }
        #expect(error == .invalidFields([FieldProblem("opportunity.acv", .tooManyDecimals)]))
        #expect(world.state.recordCounts == counts)
    }
}
