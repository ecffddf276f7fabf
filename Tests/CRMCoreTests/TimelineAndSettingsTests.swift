import Testing
@testable import CRMCore

@Suite struct SearchTests {
    @Test(arguments: ["nike", "ＮＩＫＥ", "Nike", "나이키", "hugo boss", "Hugo Boß", "HUGO", "musinsa.com", "무신사"])
    func findsAcrossCaseWidthAccentsAndHangul(query: String) throws {
        var world = try World()
        _ = try world.account("Nike", by: world.kim)
        _ = try world.account("나이키 코리아", by: world.kim)
        _ = try world.account("Hugo Boß", by: world.kim)
        _ = try world.account("무신사", by: world.kim, domain: "musinsa.com")
        let hits = try world.state.searchGlobal(query, by: world.kim)
        #expect(!hits.isEmpty, "\(query)")
    }

    @Test func ranksExactBeforePrefixBeforeContains() throws {
        var world = try World()
        _ = try world.account("Nike Korea", by: world.kim)
        _ = try world.account("Nike", by: world.kim)
        _ = try world.lead("Buyer", by: world.kim, company: "Team Nike")
        let hits = try world.state.searchGlobal("nike", by: world.kim)
        #expect(hits.map(\.title) == ["Nike", "Nike Korea", "Buyer"])
        #expect(crmError { _ = try world.state.searchGlobal("  ", by: world.kim) } == .invalidFields([FieldProblem("q", .required)]))
    }
}

@Suite struct HistoryTests {
    @Test func everyChangeIsRecordedWithActorAndTime() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        _ = world.commit(try world.state.setLeadStatus(lead.id, .contacted, world.ctx(world.manager)))
        let history = try world.state.history(of: lead.id, by: world.kim)
        #expect(history.map(\.operation) == ["lead.create", "lead.setStatus"])
        #expect(history.map(\.actorId) == [world.kim, world.manager])
        #expect(history.map(\.record.version) == [1, 2])
        #expect(crmError { _ = try world.state.history(of: lead.id, by: world.jones) } == .notFound(type: .lead, id: lead.id.description))
    }

    @Test func replayingTheLogRebuildsTheSameState() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        let deal = try world.deal("D", account: nike.id, by: world.kim)
        _ = world.commit(try world.state.changeStage(deal.id, to: .won, world.ctx(world.kim)))
        var replayed = CRMState()
        for changeSet in world.state.changeLog { replayed.apply(changeSet) }
        #expect(replayed.opportunities == world.state.opportunities)
        #expect(replayed.licenses == world.state.licenses)
        #expect(replayed.lastSequence == world.state.lastSequence)
        #expect(replayed.nextID(.lead) == world.state.nextID(.lead))
    }
}

@Suite struct QuotaNoteSettingsTests {
    @Test func quotasBelongToTeamsAndAreUnique() throws {
        var world = try World()
        let quota = world.commit(try world.state.createQuota(QuotaDraft(userId: world.kim, period: "2026-Q4", amount: "100000"),
                                                             world.ctx(world.manager)))
        #expect(quota.amount == (try money("100000")))
        let duplicate = crmError { _ = try world.state.createQuota(QuotaDraft(userId: world.kim, period: "2026-Q4", amount: "1"), world.ctx(world.admin)) }
        #expect(duplicate == .conflict(.uniqueKey(field: "period", value: "2026-Q4", current: quota.id)))
        let outside = crmError { _ = try world.state.createQuota(QuotaDraft(userId: world.jones, period: "2026-11", amount: "1"), world.ctx(world.manager)) }
        #expect(outside == .forbidden(action: "set quotas outside your team"))
        let byBD = crmError { _ = try world.state.createQuota(QuotaDraft(userId: world.kim, period: "2026-11", amount: "1"), world.ctx(world.kim)) }
        #expect(byBD == .forbidden(action: "quota.create"))
        let bad = crmError { _ = try world.state.createQuota(QuotaDraft(userId: world.kim, period: "2026-Q5", amount: "x"), world.ctx(world.admin)) }
        #expect(bad == .invalidFields([FieldProblem("quota.period", .invalidFormat, allowed: ["2026-Q4", "2026-11"]),
                                       FieldProblem("quota.amount", .notANumber)]))
        #expect(try world.state.list(Quota.self, by: world.park).total == 0)
        #expect(try world.state.list(Quota.self, by: world.kim).total == 1)
    }

    @Test func notesFollowTheirRecordAndTheirAuthor() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let note = world.commit(try world.state.createNote(on: lead.id, text: "Called, interested", world.ctx(world.kim)))
        #expect(try world.state.notes(on: lead.id, by: world.manager).map(\.id) == [note.id])
        #expect(crmError { _ = try world.state.notes(on: lead.id, by: world.jones) } != nil)
        #expect(crmError { _ = try world.state.createNote(on: lead.id, text: "x", world.ctx(world.park)) } == .notFound(type: .lead, id: lead.id.description))
        #expect(crmError { _ = try world.state.updateNote(note.id, text: "edited", world.ctx(world.manager)) } == .forbidden(action: "note.update"))
        #expect(try world.state.updateNote(note.id, text: "edited", world.ctx(world.kim)).value.text == "edited")
    }

    @Test func settingsAreAdminOnlyAndValidated() throws {
        var world = try World()
        #expect(crmError { _ = try world.state.updateSettings(SettingsPatch(baseCurrency: "EUR"), world.ctx(world.manager)) }
                == .forbidden(action: "settings.update"))
        let error = crmError {
            _ = try world.state.updateSettings(SettingsPatch(baseCurrency: "EURO", fiscalYearStartMonth: 13, timezone: "Mars/Base"), world.ctx(world.admin))
        }
        guard case .invalidFields(let problems) = error else {
            Issue.record("expected invalidFields")
            return
        }
        #expect(problems.map(\.path) == ["settings.baseCurrency", "settings.fiscalYearStartMonth", "settings.timezone"])
        let updated = world.commit(try world.state.updateSettings(SettingsPatch(baseCurrency: "KRW", fiscalYearStartMonth: 4,
                                                                                timezone: "Asia/Seoul"), world.ctx(world.admin)))
        #expect(updated.baseCurrency == .krw && updated.version == 2 && world.state.settings == updated)
    }

    @Test func licencesAreAcknowledgedByManagers() throws {
        var world = try World()
        let nike = try world.account("Nike", by: world.kim)
        _ = try world.deal("D", account: nike.id, by: world.kim, stage: .won)
        let request = try #require(world.state.licenses.values.first)
        #expect(crmError { _ = try world.state.acknowledgeLicense(request.id, world.ctx(world.kim)) } == .forbidden(action: "license.acknowledge"))
        #expect(crmError { _ = try world.state.acknowledgeLicense(request.id, world.ctx(world.otherManager)) } == .notFound(type: .license, id: request.id.description))
        _ = world.commit(try world.state.acknowledgeLicense(request.id, world.ctx(world.manager)))
        _ = world.commit(try world.state.cancelLicense(request.id, world.ctx(world.manager)))
        #expect(crmError { _ = try world.state.acknowledgeLicense(request.id, world.ctx(world.admin)) }
                == .invalidTransition(from: "cancelled", to: "acknowledged", allowed: []))
        #expect(try world.state.list(LicenseRequest.self, by: world.kim).total == 1)
    }
}
