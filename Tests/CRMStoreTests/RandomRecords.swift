import CRMCore

/// A reproducible generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Change sets of random records of every kind, with text that needs escaping, non-ASCII text,
/// absent fields, times before 1970 and with milliseconds, large and negative numbers.
enum RandomRecords {
    typealias Generator = SeededGenerator

    static let pieces = ["a", "Lead", "김", "패션", "Ｎｉｋｅ", "Café", "\"", "\\", "\n", "\u{1}", "\u{7F}", "\u{2028}", "😀", " ", "/", "0", "é"]

    static func text(_ g: inout Generator) -> String {
        (0..<Int.random(in: 0...6, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
    }

    static func maybe<T>(_ g: inout Generator, _ make: (inout Generator) -> T) -> T? {
        Bool.random(using: &g) ? make(&g) : nil
    }

    static func id(_ g: inout Generator, _ kind: RecordKind) -> RecordID {
        RecordID(kind: kind, sequence: [1, 9, 10, 999_999, 123_456_789_012_345_678].randomElement(using: &g) ?? 1)
    }

    /// Years 1019 to 9892 (RFC 3339 has four-digit years), whole seconds or with milliseconds.
    static func time(_ g: inout Generator) -> Timestamp {
        let milliseconds = Int64.random(in: -30_000_000_000_000...250_000_000_000_000, using: &g)
        return Timestamp(milliseconds: Bool.random(using: &g) ? milliseconds : milliseconds / 1000 * 1000)
    }

    static func int(_ g: inout Generator) -> Int {
        [0, 1, -1, 42, 1_000_000, -987_654_321].randomElement(using: &g) ?? 0
    }

    static func money(_ g: inout Generator) -> Money {
        let cents = [0, 1, 10, 99, 100, 150, 123_456_789, 5].randomElement(using: &g) ?? 0
        return (try? Money(cents: Int64(cents), currency: .usd)) ?? Money.zero(.usd)
    }

    static func record(_ g: inout Generator) -> AnyRecord {
        let created = time(&g)
        let version = Int.random(in: 1...50, using: &g)
        let archived = Bool.random(using: &g)
        let owner = id(&g, .user)
        switch Int.random(in: 0..<8, using: &g) {
        case 0:
            return .user(User(id: id(&g, .user), handle: "h" + text(&g), name: text(&g), email: maybe(&g, text), role: UserRole.allCases.randomElement(using: &g) ?? .bd,
                              managerId: maybe(&g) { id(&$0, .user) }, createdAt: created, updatedAt: time(&g), version: version, archived: archived))
        case 1:
            let links = maybe(&g) { LeadConversionLinks(accountId: id(&$0, .account), contactId: id(&$0, .contact), opportunityId: maybe(&$0) { id(&$0, .opportunity) }) }
            return .lead(Lead(id: id(&g, .lead), name: text(&g), company: maybe(&g, text), title: maybe(&g, text), email: maybe(&g, text),
                              phone: maybe(&g, text), country: maybe(&g, text), industry: maybe(&g, text), source: LeadSource.allCases.randomElement(using: &g),
                              status: LeadStatus.allCases.randomElement(using: &g) ?? .new, disqualifiedReason: maybe(&g, text), notes: maybe(&g, text),
                              ownerId: owner, convertedAt: maybe(&g, time), converted: links, createdAt: created, updatedAt: time(&g),
                              version: version, archived: archived))
        case 2:
            return .account(Account(id: id(&g, .account), name: text(&g), domain: maybe(&g, text), website: maybe(&g, text), industry: maybe(&g, text),
                                    country: maybe(&g, text), ownerId: owner, dniUserId: maybe(&g) { id(&$0, .user) },
                                    health: AccountHealth.allCases.randomElement(using: &g), plan: maybe(&g, text), seats: maybe(&g, int),
                                    seatsUsed: maybe(&g, int), mau: maybe(&g, int), painPoints: maybe(&g, text),
                                    parentAccountId: maybe(&g) { id(&$0, .account) }, createdAt: created, updatedAt: time(&g), version: version, archived: archived))
        case 3:
            return .contact(Contact(id: id(&g, .contact), accountId: id(&g, .account), name: text(&g), title: maybe(&g, text), email: maybe(&g, text),
                                    phone: maybe(&g, text), role: ContactRole.allCases.randomElement(using: &g) ?? .contact, ownerId: owner,
                                    createdAt: created, updatedAt: time(&g), version: version, archived: archived))
        case 4:
            let history = (0..<Int.random(in: 0...3, using: &g)).map { _ in
                StageChange(stage: OpportunityStage.allCases.randomElement(using: &g) ?? .prospect, at: time(&g), by: id(&g, .user))
            }
            var deal = Opportunity(id: id(&g, .opportunity), name: text(&g), accountId: id(&g, .account), primaryContactId: maybe(&g) { id(&$0, .contact) },
                                   stage: OpportunityStage.allCases.randomElement(using: &g) ?? .prospect, acv: money(&g),
                                   termYears: Int.random(in: 1...5, using: &g), oneTimeFees: money(&g), closeDate: maybe(&g) { Day(year: 2026, month: 1 + Int.random(in: 0..<12, using: &$0), day: 1) ?? nil } ?? nil,
                                   type: OpportunityType.allCases.randomElement(using: &g) ?? .new, ownerId: owner, lostReason: maybe(&g, text),
                                   lastOpenStage: OpportunityStage.allCases.randomElement(using: &g), probability: maybe(&g) { Int.random(in: 0...100, using: &$0) },
                                   stageHistory: history, wonAt: maybe(&g, time), lostAt: maybe(&g, time), leadId: maybe(&g) { id(&$0, .lead) },
                                   leadCreatedAt: maybe(&g, time), createdAt: created, updatedAt: time(&g), version: version, archived: archived)
            deal.probabilityOverridden = Bool.random(using: &g)
            return .opportunity(deal)
        case 5:
            return .license(LicenseRequest(id: id(&g, .license), opportunityId: id(&g, .opportunity), accountId: id(&g, .account), plan: maybe(&g, text),
                                           seats: maybe(&g, int), status: LicenseStatus.allCases.randomElement(using: &g) ?? .requested,
                                           requestedAt: time(&g), ownerId: owner, createdAt: created, updatedAt: time(&g), version: version, archived: archived))
        case 6:
            let period = QuotaPeriod(["2026-Q4", "2025-11", "2027-Q1"].randomElement(using: &g) ?? "2026-Q4")
            return .quota(Quota(id: id(&g, .quota), userId: maybe(&g) { id(&$0, .user) }, managerId: maybe(&g) { id(&$0, .user) },
                                period: period ?? QuotaPeriod("2026-Q4")!, amount: money(&g), createdAt: created, updatedAt: time(&g),
                                version: version, archived: archived))
        default:
            return .note(Note(id: id(&g, .note), recordId: id(&g, .account), authorId: owner, at: time(&g), text: text(&g),
                              createdAt: created, updatedAt: time(&g), version: version, archived: archived))
        }
    }

    static func changeSet(_ g: inout Generator, seq: Int) -> ChangeSet {
        var changes: [RecordChange] = (0..<Int.random(in: 1...3, using: &g)).map { _ in .upsert(record(&g)) }
        if Int.random(in: 0..<10, using: &g) == 0 {
            changes.append(.settings(Settings(baseCurrency: .eur, fiscalYearStartMonth: Int.random(in: 1...12, using: &g), timezone: text(&g),
                                              updatedAt: time(&g), version: Int.random(in: 1...9, using: &g))))
        }
        return ChangeSet(seq: seq, at: time(&g), actorId: id(&g, .user), operation: ["lead.create", "x", "안녕"].randomElement(using: &g) ?? "x",
                         changes: changes)
    }
}
