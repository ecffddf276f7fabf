/// What `dashboard.summary` asks for. Everything is optional: now, the quarter containing it, the
/// acting user's whole visibility.
public struct DashboardQuery: Hashable, Sendable {
    /// The instant the KPIs are computed at (default: now). Past instants use stage history.
    public var asOf: Timestamp?
    /// The fiscal quarter (default: the one containing `asOf`). A past quarter without `asOf` is
    /// computed at its end.
    public var quarter: FiscalQuarter?
    /// Narrow to what this user sees (a bd: their own; a manager: their team).
    public var scope: RecordID?

    public init(asOf: Timestamp? = nil, quarter: FiscalQuarter? = nil, scope: RecordID? = nil) {
        self.asOf = asOf
        self.quarter = quarter
        self.scope = scope
    }
}

/// Won / (won + lost) among deals closed in the quarter.
public struct WinRate: Hashable, Sendable {
    public var wonCount: Int
    public var lostCount: Int
    /// nil when nothing closed.
    public var byCount: Double?
    /// By acv in the base currency; nil when nothing in it closed.
    public var byAmount: Double?
}

/// The KPIs of SPEC §5.
public struct DashboardSummary: Hashable, Sendable {
    public var asOf: Timestamp
    public var quarter: FiscalQuarter
    /// [start, end) of the quarter.
    public var quarterStart: Timestamp
    public var quarterEnd: Timestamp
    public var baseCurrency: CurrencyCode
    public var totalPipeline: TallyByCurrency
    public var wonQTD: TallyByCurrency
    public var winRate: WinRate
    public var avgSalesCycleDays: Double?
    public var activeLeads: Int
    public var forecastCommit: TallyByCurrency
    public var forecastByCategory: [CategoryTally]
    /// The scope's quota for the quarter, in the base currency; nil when none is set.
    public var quota: Money?
    /// Won QTD (base currency) ÷ quota × 100; nil without quota.
    public var quotaAttainmentPercent: Double?
    /// (open deals × win rate × average open acv) ÷ average sales cycle days, base currency per day.
    public var pipelineVelocityPerDay: Money?
    public var arr: TallyByCurrency
    /// ARR ÷ 12, per currency.
    public var mrr: [Money]
}

/// A forecast category's total.
public struct CategoryTally: Hashable, Sendable {
    public var category: ForecastCategory
    public var tally: TallyByCurrency
}

/// One stage's total (the pipeline chart).
public struct StageTally: Hashable, Sendable {
    public var stage: OpportunityStage
    public var tally: TallyByCurrency
}
