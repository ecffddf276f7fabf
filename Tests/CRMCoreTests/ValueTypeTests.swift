import Testing
@testable import CRMCore

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-11-22T09:00:00Z", Int64(1_795_338_000_000)),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59.999Z", -1),
        ("2024-02-29T12:00:00.250Z", 1_709_208_000_250),
    ])
    func roundTrips(text: String, millis: Int64) throws {
        let time = try #require(Timestamp(rfc3339: text))
        #expect(time.milliseconds == millis)
        #expect(time.rfc3339 == text)
    }

    @Test func acceptsOffsetsAndLongFractions() throws {
        #expect(Timestamp(rfc3339: "2026-11-22T18:00:00+09:00")?.rfc3339 == "2026-11-22T09:00:00Z")
        #expect(Timestamp(rfc3339: "2026-11-22T09:00:00.123456Z")?.rfc3339 == "2026-11-22T09:00:00.123Z")
        #expect(Timestamp(rfc3339: "2026-11-22t09:00:00z") != nil)
    }

    @Test(arguments: ["2026-02-30T00:00:00Z", "2026-11-22 09:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T09:00:00",
                      "2026-11-22T09:00:00.Z", "", "garbage-not-a-date!!"])
    func rejects(text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }
}

@Suite struct DayTests {
    @Test func validatesRealDates() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day("2026-11-22")?.description == "2026-11-22")
        #expect(Day("2026-12-31")?.adding(days: 1).description == "2027-01-01")
    }
}

@Suite struct MoneyTests {
    @Test(arguments: [("1234.5", Int64(123_450)), ("0.01", 1), ("-3", -300), ("1.25e3", 125_000), ("1.500", 150),
                      ("0", 0), ("12e-1", 120)])
    func parsesExactly(text: String, cents: Int64) throws {
        #expect(try money(text).cents == cents)
    }

    @Test func refusesWhatIsNotExact() throws {
        let usd = try #require(CurrencyCode("USD"))
        let krw = try #require(CurrencyCode("KRW"))
        #expect(throws: Money.ParseFailure.tooManyDecimals) { try Money(parsing: "0.001", currency: usd) }
        #expect(throws: Money.ParseFailure.notANumber) { try Money(parsing: "12,5", currency: usd) }
        #expect(throws: Money.ParseFailure.fractionalInZeroDecimalCurrency) { try Money(parsing: "1500.5", currency: krw) }
        #expect(throws: Money.ParseFailure.overflow) { try Money(parsing: "99999999999999999999", currency: usd) }
        #expect(try Money(parsing: "1500", currency: krw).decimalText == "1500")
        #expect(try money("7.5").decimalText == "7.50")
    }

    @Test func currenciesAreActiveISOCodes() {
        #expect(CurrencyCode("USD") != nil)
        #expect(CurrencyCode("KRW")?.isZeroDecimal == true)
        #expect(CurrencyCode("EUR")?.isZeroDecimal == false)
        #expect(CurrencyCode("usd") == nil)
        #expect(CurrencyCode("XXX") == nil)
        #expect(CurrencyCode("HRK") == nil)
    }

    @Test func overflowIsChecked() throws {
        let big = Money(uncheckedCents: Int64.max - 1, currency: .usd)
        #expect(big.adding(try money("1")) == nil)
        #expect(big.multiplied(by: 2) == nil)
        #expect(try money("1").adding(try money("1", "EUR")) == nil)
    }
}

@Suite struct RecordIDTests {
    @Test func parsesAndPrints() {
        // Parsed from bytes: every kind's prefix, and what a prefix must match exactly.
        for kind in RecordKind.allCases {
            #expect(RecordID("\(kind.prefix)_12") == RecordID(kind: kind, sequence: 12))
            #expect(RecordID("\(kind.prefix)x_12") == nil)
            #expect(RecordID("x\(kind.prefix)_12") == nil)
        }
        #expect(RecordID("lead_1_2") == nil)
        #expect(RecordID("_1") == nil)
        #expect(RecordID("lead_1x") == nil)
        #expect(RecordID("lead_123456789012345678") == RecordID(kind: .lead, sequence: 123_456_789_012_345_678))
        #expect(RecordID("lead_1234567890123456789") == nil)
        #expect(RecordID("opp_3") == RecordID(kind: .opportunity, sequence: 3))
        #expect(RecordID("acct_7")?.description == "acct_7")
        #expect(RecordID("quota_1")?.kind == .quota)
        #expect(RecordID("lead_0") == nil)
        #expect(RecordID("lead_") == nil)
        #expect(RecordID("bogus_1") == nil)
        #expect(RecordID("lead_42", kind: .account) == nil)
    }

    @Test func idsAreNeverReused() throws {
        var world = try World()
        let first = try world.lead("A", by: world.kim)
        _ = world.commit(try world.state.archive(first.id, world.ctx(world.kim)))
        let second = try world.lead("B", by: world.kim)
        #expect(second.id.sequence == first.id.sequence + 1)
    }
}

@Suite struct LocalizationTests {
    @Test func everyEnumValueHasBothLabels() {
        let labels: [any Labeled] = LeadStatus.allCases + LeadSource.allCases + OpportunityStage.allCases
            + OpportunityType.allCases + ForecastCategory.allCases + AccountHealth.allCases + ContactRole.allCases
            + UserRole.allCases + LicenseStatus.allCases + RecordKind.allCases + FieldReason.allCases
        for label in labels {
            #expect(!label.label(.en).isEmpty)
            #expect(label.label(.en) != label.label(.ko))
        }
        #expect(OpportunityStage.won.label(.ko) == "수주")
        #expect(OpportunityStage.lost.label(.ko) == "실주")
        #expect(OpportunityStage.prospect.label(.ko) == "잠재 고객")
        #expect(RecordKind.opportunity.label(.ko) == "영업 기회")
        #expect(RecordKind.account.label(.ko) == "고객사")
    }

    @Test func errorsHaveMessagesInBothLanguages() {
        let errors: [CRMError] = [
            .duplicateCandidates([]), .forbidden(action: "x"), .notFound(type: .lead, id: "lead_1"),
            .conflict(.version(current: 3)), .conflict(.uniqueKey(field: "handle", value: "a", current: RecordID(kind: .user, sequence: 1))),
            .invalidTransition(from: "won", to: "prospect", allowed: []),
            .invalidFields([FieldProblem("lead.name", .required)]),
        ]
        for error in errors {
            #expect(!error.message(.en).isEmpty)
            #expect(error.message(.en) != error.message(.ko))
        }
        #expect(CRMError.notFound(type: .lead, id: "lead_1").message(.ko).contains("리드"))
    }
}
