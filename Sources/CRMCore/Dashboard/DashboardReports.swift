/// `dashboard.pipeline`: amount and count per stage — open stages as they stand at `asOf`, won and
/// lost for those closed in the quarter up to `asOf`.
public struct PipelineReport: Hashable, Sendable {
    public var asOf: Timestamp
    public var quarter: FiscalQuarter
    public var baseCurrency: CurrencyCode
    public var stages: [StageTally]
}

/// `dashboard.forecast`: per forecast category (open deals plus those closed in the quarter).
public struct ForecastReport: Hashable, Sendable {
    public var asOf: Timestamp
    public var quarter: FiscalQuarter
    public var baseCurrency: CurrencyCode
    public var categories: [CategoryTally]
}

/// One quarter of `dashboard.quarterly`: won (as it stood at the quarter's end, or at `asOf` for the
/// current one) against the quota goal.
public struct QuarterPerformance: Hashable, Sendable {
    public var quarter: FiscalQuarter
    public var won: TallyByCurrency
    public var quota: Money?
    /// won (base currency) ÷ quota × 100; nil without quota.
    public var attainmentPercent: Double?
}

/// `dashboard.quarterly {quarters}`: the last N quarters, oldest first, ending with the current one.
public struct QuarterlyReport: Hashable, Sendable {
    public var asOf: Timestamp
    public var baseCurrency: CurrencyCode
    public var quarters: [QuarterPerformance]
}

extension CRMState {
    /// `dashboard.pipeline`.
    public func dashboardPipeline(_ query: DashboardQuery = DashboardQuery(), by actorId: RecordID,
                                  now: Timestamp) throws(CRMError) -> PipelineReport {
        let summary = try dashboardSummary(query, by: actorId, now: now)
        let viewer = try viewer(actorId)
        let scope = try dashboardScope(viewer, scope: query.scope)
        let period = DashboardPeriod(asOf: summary.asOf, quarter: summary.quarter,
                                     bounds: summary.quarterStart..<summary.quarterEnd)
        let base = settings.baseCurrency
        let table = currencyTable
        var stages = [CurrencySums](repeating: CurrencySums(table.count), count: OpportunityStage.allCases.count)
        forEachDeal(scope, at: period.asOf) { facts, stage, wonAt, lostAt in
            switch stage {
            case .won: if period.containsToDate(wonAt) { stages[stage.ordinal].add(facts.currency, facts.acvCents) }
            case .lost: if period.containsToDate(lostAt) { stages[stage.ordinal].add(facts.currency, facts.acvCents) }
            default: stages[stage.ordinal].add(facts.currency, facts.acvCents)
            }
        }
        return PipelineReport(asOf: summary.asOf, quarter: summary.quarter, baseCurrency: base,
                              stages: OpportunityStage.allCases.map { StageTally(stage: $0, tally: stages[$0.ordinal].tally(table, base: base)) })
    }

    /// `dashboard.forecast`.
    public func dashboardForecast(_ query: DashboardQuery = DashboardQuery(), by actorId: RecordID,
                                  now: Timestamp) throws(CRMError) -> ForecastReport {
        let summary = try dashboardSummary(query, by: actorId, now: now)
        return ForecastReport(asOf: summary.asOf, quarter: summary.quarter, baseCurrency: summary.baseCurrency,
                              categories: summary.forecastByCategory)
    }

    /// `dashboard.quarterly {quarters}` (1...12, default 4).
    public func dashboardQuarterly(quarters count: Int = 4, _ query: DashboardQuery = DashboardQuery(),
                                   by actorId: RecordID, now: Timestamp) throws(CRMError) -> QuarterlyReport {
        guard (1...12).contains(count) else { throw .invalid("quarters", .outOfRange, allowed: ["1...12"]) }
        let viewer = try viewer(actorId)
        let scope = try dashboardScope(viewer, scope: query.scope)
        let calendar = FiscalCalendar(settings: settings)
        let asOf = query.asOf ?? now
        let current = query.quarter ?? calendar.quarter(containing: asOf)
        let base = settings.baseCurrency
        var result: [QuarterPerformance] = []
        for offset in stride(from: count - 1, through: 0, by: -1) {
            let quarter = current.advanced(by: -offset)
            let bounds = calendar.bounds(of: quarter)
            let at = min(asOf, bounds.upperBound.adding(milliseconds: -1))
            var sums = CurrencySums(currencyTable.count)
            forEachDeal(scope, at: at) { facts, stage, wonAt, _ in
                if stage == .won, wonAt != DealFacts.none, bounds.contains(Timestamp(milliseconds: wonAt)) {
                    sums.add(facts.currency, facts.acvCents)
                }
            }
            let won = sums.tally(currencyTable, base: base)
            let quota = quotaAmount(scope, quarter, calendar)
            let attainment = quota.flatMap { $0.cents > 0 ? Double(won.headline.amount.cents) / Double($0.cents) * 100 : nil }
            result.append(QuarterPerformance(quarter: quarter, won: won, quota: quota, attainmentPercent: attainment))
        }
        return QuarterlyReport(asOf: asOf, baseCurrency: base, quarters: result)
    }
}
