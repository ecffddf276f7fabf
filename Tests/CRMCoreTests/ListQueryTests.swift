import Testing
@testable import CRMCore

@Suite struct ListQueryTests {
    func world(leads count: Int) throws -> World {
        var world = try World()
        for index in 1...count {
            _ = try world.lead("Lead \(index)", by: world.kim, company: index.isMultiple(of: 2) ? "Nike" : "Zara")
        }
        return world
    }

    @Test func filtersOnEveryOperator() throws {
        let world = try world(leads: 6)
        func total(_ filter: FieldFilter) throws -> Int {
            try world.state.list(Lead.self, ListQuery(filters: [filter]), by: world.kim).total
        }
        #expect(try total(FieldFilter("company", .eq, .string("Nike"))) == 3)
        #expect(try total(FieldFilter("company", .ne, .string("Nike"))) == 3)
        #expect(try total(FieldFilter("company", .in, .list([.string("Nike"), .string("Zara")]))) == 6)
        #expect(try total(FieldFilter("name", .contains, .string("LEAD 1"))) == 1)
        #expect(try total(FieldFilter("name", .prefix, .string("lead"))) == 6)
        #expect(try total(FieldFilter("version", .gte, .number("1"))) == 6)
        #expect(try total(FieldFilter("version", .gt, .number("1"))) == 0)
        #expect(try total(FieldFilter("createdAt", .lt, .string("2026-11-22T09:09:00Z"))) == 3)  // users took 09:01–09:05; leads 09:06…
        #expect(try total(FieldFilter("title", .eq, .null)) == 6)
        #expect(try total(FieldFilter("status", .eq, .string("new"))) == 6)
    }

    @Test func unknownFieldsSuggestTheClosestName() throws {
        let world = try world(leads: 1)
        let error = crmError {
            _ = try world.state.list(Lead.self, ListQuery(filters: [FieldFilter("compnay", .eq, .string("x")),
                                                                    FieldFilter("status", .eq, .string("wonn"))],
                                                          sort: [SortKey("nmae")], limit: 501), by: world.kim)
        }
        guard case .invalidFields(let problems) = error else {
            Issue.record("expected invalidFields")
            return
        }
        #expect(problems.map(\.path) == ["filters[0].field", "filters[1].value", "sort[0].field", "limit"])
        #expect(problems[0].suggestion == "company")
        #expect(problems[2].suggestion == "name")
        #expect(problems[1].allowed == LeadStatus.allCases.map(\.rawValue))
    }

    @Test func cursorPagesNeitherRepeatNorSkipAcrossInserts() throws {
        var world = try world(leads: 7)
        let query = ListQuery(sort: [SortKey("name")], limit: 3)
        let first = try world.state.list(Lead.self, query, by: world.kim)
        #expect(first.items.map(\.name) == ["Lead 1", "Lead 2", "Lead 3"])
        #expect(first.total == 7)
        _ = try world.lead("Lead 0", by: world.kim)  // sorts before the cursor
        var next = query
        next.cursor = first.nextCursor
        let second = try world.state.list(Lead.self, next, by: world.kim)
        #expect(second.items.map(\.name) == ["Lead 4", "Lead 5", "Lead 6"])
        next.cursor = second.nextCursor
        let third = try world.state.list(Lead.self, next, by: world.kim)
        #expect(third.items.map(\.name) == ["Lead 7"])
        #expect(third.nextCursor == nil)
    }

    @Test func sortsDescendingWithIdTieBreak() throws {
        let world = try world(leads: 4)
        let page = try world.state.list(Lead.self, ListQuery(sort: [SortKey("company", descending: true)]), by: world.kim)
        #expect(page.items.map(\.company) == ["Zara", "Zara", "Nike", "Nike"])
        #expect(page.items[0].id < page.items[1].id)
    }

    @Test func archivedOnlyWhenAsked() throws {
        var world = try world(leads: 2)
        let first = try #require(world.state.leads.values.min { $0.id < $1.id })
        _ = world.commit(try world.state.archive(first.id, world.ctx(world.kim)))
        #expect(try world.state.list(Lead.self, by: world.kim).total == 1)
        #expect(try world.state.list(Lead.self, ListQuery(includeArchived: true), by: world.kim).total == 2)
        let restored = world.commit(try world.state.restore(first.id, world.ctx(world.kim)))
        #expect(!restored.archived && restored.version == 3)
    }

    @Test func aForeignCursorIsRefused() throws {
        let world = try world(leads: 3)
        let page = try world.state.list(Lead.self, ListQuery(sort: [SortKey("name")], limit: 1), by: world.kim)
        let error = crmError {
            _ = try world.state.list(Lead.self, ListQuery(sort: [SortKey("company")], cursor: page.nextCursor), by: world.kim)
        }
        #expect(error == .invalidFields([FieldProblem("cursor", .invalidCursor)]))
        #expect(crmError { _ = try world.state.list(Lead.self, ListQuery(cursor: "%%%"), by: world.kim) } != nil)
    }
}
