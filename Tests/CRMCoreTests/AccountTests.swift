import Testing
@testable import CRMCore

@Suite struct AccountTests {
    @Test(arguments: [
        ("Nike, Inc.", "nike"), ("NIKE", "nike"), ("Hugo Boss AG", "hugoboss"), ("Inditex S.A.", "inditex"),
        ("Fast Retailing Co., Ltd.", "fastretailing"), ("주식회사 무신사", "무신사"), ("(주)무신사", "무신사"),
        ("㈜이랜드", "이랜드"), ("H & M Hennes & Mauritz AB", "hmhennesmauritzab"), ("Burberry Group PLC", "burberrygroup"),
        ("ＮＩＫＥ　Inc", "nike"), ("Hugo Boß", "hugoboss"), ("The Company Store Co.", "thecompanystore"),
        ("AG", "ag"),
    ])
    func normalisesCompanyNames(name: String, key: String) {
        #expect(CompanyName.normalize(name) == key)
    }

    @Test func findsDuplicatesByNameOrDomain() throws {
        var world = try World()
        let nike = try world.account("Nike, Inc.", by: world.kim, domain: "nike.com")
        let byName = try world.state.findDuplicates(name: "NIKE", domain: nil, by: world.kim)
        #expect(byName.map(\.account.id) == [nike.id])
        #expect(byName.first?.reasons == [.name])
        let byDomain = try world.state.findDuplicates(name: nil, domain: "https://www.nike.com/kr", by: world.kim)
        #expect(byDomain.first?.reasons == [.domain])
        let byEmail = try world.state.findDuplicates(name: "Nike Korea", domain: "buyer@nike.com", by: world.kim)
        #expect(byEmail.map(\.account.id) == [nike.id])
        #expect(try world.state.findDuplicates(name: "Nike", domain: nil, by: world.jones).isEmpty)
    }

    @Test func createRefusesDuplicatesUnlessAllowed() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let error = crmError { _ = try world.state.createAccount(AccountDraft(name: "nike inc."), world.ctx(world.kim)) }
        #expect(error == .duplicateCandidates([DuplicateCandidate(account: nike, reasons: [.name])]))
        #expect(crmError { _ = try world.state.createAccount(AccountDraft(name: "nike inc."), allowDuplicate: true, world.ctx(world.kim)) } == nil)
    }

    @Test func seatsUsedOverSeatsIsAWarning() throws {
        var world = try World()
        let planned = try world.state.createAccount(AccountDraft(name: "Zara", seats: 10, seatsUsed: 12), world.ctx(world.kim))
        #expect(planned.warnings.map(\.reason) == [.exceedsSeats])
        #expect(planned.value.seatUtilisation == 1.2)
    }

    @Test func parentCyclesAreRefused() throws {
        var world = try World()
        let group = try world.account("Inditex", by: world.kim)
        let zara = world.commit(try world.state.createAccount(AccountDraft(name: "Zara", parentAccountId: group.id), world.ctx(world.kim)))
        let error = crmError { _ = try world.state.updateAccount(group.id, AccountPatch(parentAccountId: zara.id), world.ctx(world.kim)) }
        #expect(error == .invalidFields([FieldProblem("account.parentAccountId", .cycle)]))
        let selfParent = crmError { _ = try world.state.updateAccount(group.id, AccountPatch(parentAccountId: group.id), world.ctx(world.kim)) }
        #expect(selfParent == .invalidFields([FieldProblem("account.parentAccountId", .cycle)]))
    }

    @Test func domainIsNormalised() throws {
        var world = try World()
        let account = try world.account("Adidas", by: world.kim, domain: "https://WWW.Adidas.com/")
        #expect(account.domain == "adidas.com")
    }

    @Test func panelShowsOnlyVisibleParts() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim, dni: world.jones)
        _ = world.commit(try world.state.createContact(ContactDraft(accountId: nike.id, name: "Ann", role: .champion), world.ctx(world.kim)))
        _ = try world.deal("Open", account: nike.id, by: world.kim, acv: "100")
        _ = try world.deal("Won", account: nike.id, by: world.kim, acv: "250", stage: .won)
        _ = world.commit(try world.state.createNote(on: nike.id, text: "Kick-off done", world.ctx(world.kim)))
        let panel = try world.state.accountPanel(nike.id, by: world.kim)
        #expect(panel.contacts.count == 1)
        #expect(panel.opportunities.count == 2)
        #expect(panel.licenseRequests.count == 1)
        #expect(panel.notes.map(\.text) == ["Kick-off done"])
        #expect(panel.openPipeline.headline == Tally(amount: try money("100"), count: 1))
        #expect(panel.wonACV.headline == Tally(amount: try money("250"), count: 1))
        // jones is the DnI: sees the account and notes, not kim's contacts or deals.
        let dniPanel = try world.state.accountPanel(nike.id, by: world.jones)
        #expect(dniPanel.contacts.isEmpty && dniPanel.opportunities.isEmpty && dniPanel.licenseRequests.isEmpty)
        #expect(crmError { _ = try world.state.accountPanel(nike.id, by: world.park) } == .notFound(type: .account, id: nike.id.description))
    }

    @Test func contactNeedsAVisibleAccount() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let error = crmError { _ = try world.state.createContact(ContactDraft(accountId: nike.id, name: "X"), world.ctx(world.jones)) }
        #expect(error == .invalidFields([FieldProblem("contact.accountId", .notFound)]))
    }

    @Test("duplicate candidates from the name and domain indexes are those a scan of every account finds, through creates, renames, domain changes, archiving and restoring")
    func duplicateIndexesMatchAScan() throws {
        var world = try World()
        let names = ["Nike", "NIKE Inc.", "Adidas", "아디다스", "Puma", "Nike Korea"]
        let domains: [String?] = [nil, "nike.com", "www.nike.com", "adidas.example", "puma.example", "https://nike.com/kr"]
        var random = SplitMix(seed: 11)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func scan(name: String?, domain: String?) -> [DuplicateCandidate] {
            let key = name.map(CompanyName.normalize) ?? ""
            let wanted = Set([DomainName.normalize(domain)].compactMap { $0 })
            return world.state.accounts.values.compactMap { account -> DuplicateCandidate? in
                guard !account.archived else { return nil }
                var reasons: [DuplicateReason] = []
                if !key.isEmpty, CompanyName.normalize(account.name) == key { reasons.append(.name) }
                if [account.domain, DomainName.normalize(account.website)].compactMap({ $0 }).contains(where: wanted.contains) { reasons.append(.domain) }
                return reasons.isEmpty ? nil : DuplicateCandidate(account: account, reasons: reasons)
            }.sorted { $0.account.id < $1.account.id }
        }
        var ids: [RecordID] = []
        for step in 0..<200 {
            do {
                switch (random.next() % 5, ids.isEmpty) {
                case (0, _), (_, true):
                    let draft = AccountDraft(name: pick(names), domain: pick(domains), website: pick(domains))
                    ids.append(world.commit(try world.state.createAccount(draft, allowDuplicate: true, world.ctx(world.admin))).id)
                case (1, false):
                    _ = world.commit(try world.state.updateAccount(pick(ids), AccountPatch(name: pick(names)), world.ctx(world.admin)))
                case (2, false):
                    _ = world.commit(try world.state.updateAccount(pick(ids), AccountPatch(domain: .some(pick(domains)), website: .some(pick(domains))), world.ctx(world.admin)))
                case (3, false): _ = world.commit(try world.state.archive(pick(ids), world.ctx(world.admin)))
                default: _ = world.commit(try world.state.restore(pick(ids), world.ctx(world.admin)))
                }
            } catch {
                // Every call above throws only CRMError: a refusal (restoring an unarchived account…)
                // is part of the walk and changes nothing.
            }
            let (name, domain) = (pick(names), pick(domains))
            #expect(try world.state.findDuplicates(name: name, domain: domain, by: world.admin) == scan(name: name, domain: domain), "step \(step)")
        }
        #expect(ids.count > 20)
    }
}
