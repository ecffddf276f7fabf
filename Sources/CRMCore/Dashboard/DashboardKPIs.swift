/// The resolved period of a dashboard call.
struct DashboardPeriod {
    var asOf: Timestamp
    var quarter: FiscalQuarter
    var bounds: Range<Timestamp>

    /// Whether an instant (milliseconds, `DealFacts.none` when absent) is in the quarter and not after `asOf`.
    func containsToDate(_ instant: Int64) -> Bool {
        instant != DealFacts.none && instant >= bounds.lowerBound.milliseconds
            && instant < bounds.upperBound.milliseconds && instant <= asOf.milliseconds
    }
}

extension CRMState {
    func dashboardPeriod(_ query: DashboardQuery, now: Timestamp, _ calendar: FiscalCalendar) -> DashboardPeriod {
        var asOf = query.asOf ?? now
        let quarter = query.quarter ?? calendar.quarter(containing: asOf)
        let bounds = calendar.bounds(of: quarter)
        if query.asOf == nil, bounds.upperBound <= now { asOf = bounds.upperBound.adding(milliseconds: -1) }
        return DashboardPeriod(asOf: asOf, quarter: quarter, bounds: bounds)
    }

    /// `dashboard.summary {asOf?, quarter?, scope?}`: the KPIs of SPEC §5 over visible, unarchived
    /// records. One pass over opportunities and one over leads.
    public func dashboardSummary(_ query: DashboardQuery = DashboardQuery(), by actorId: RecordID,
                                 now: Timestamp) throws(CRMError) -> DashboardSummary {
        let viewer = try viewer(actorId)
        let scope = try dashboardScope(viewer, scope: query.scope)
        let calendar = FiscalCalendar(settings: settings)
        let period = dashboardPeriod(query, now: now, calendar)
        let base = settings.baseCurrency
        let table = currencyTable
        var pipeline = CurrencySums(table.count), won = CurrencySums(table.count), lost = CurrencySums(table.count)
        var commit = CurrencySums(table.count), arr = CurrencySums(table.count)
        var categories = [CurrencySums](repeating: CurrencySums(table.count), count: ForecastCategory.allCases.count)
        let categoryIndex = Dictionary(uniqueKeysWithValues: ForecastCategory.allCases.enumerated().map { ($1, $0) })
        let closed = categoryIndex[.closed] ?? 0, omitted = categoryIndex[.omitted] ?? 0
        let stageCategory = OpportunityStage.allCases.map { categoryIndex[$0.forecastCategory] ?? 0 }
        let asOf = period.asOf.milliseconds
        let lower = period.bounds.lowerBound.milliseconds, upper = period.bounds.upperBound.milliseconds
        func inQuarter(_ instant: Int64) -> Bool { instant != DealFacts.none && instant >= lower && instant < upper && instant <= asOf }
        var cycleMillis: Int64 = 0
        forEachDeal(scope, at: period.asOf) { facts, stage, wonAt, lostAt in
            switch stage {
            case .won:
                if wonAt != DealFacts.none,
                   asOf < CRMState.termEnd(Timestamp(milliseconds: wonAt), years: facts.termYears).milliseconds {
                    arr.add(facts.currency, facts.acvCents)
                }
                guard inQuarter(wonAt) else { return }
                won.add(facts.currency, facts.acvCents)
                categories[closed].add(facts.currency, facts.acvCents)
                cycleMillis &+= wonAt - facts.cycleStart
            case .lost:
                guard inQuarter(lostAt) else { return }
                lost.add(facts.currency, facts.acvCents)
                categories[omitted].add(facts.currency, facts.acvCents)
            default:
                pipeline.add(facts.currency, facts.acvCents)
                categories[stageCategory[stage.ordinal]].add(facts.currency, facts.acvCents)
                if stage == .negotiation { commit.add(facts.currency, facts.acvCents) }
            }
        }
        let cycleDays = Double(cycleMillis) / Double(Timestamp.millisecondsPerDay)
        var activeLeads = 0
        for lead in leads.values where !lead.archived && scope.covers(lead.ownerId) {
            if let status = leadStatus(lead, at: period.asOf), status != .disqualified, status != .converted { activeLeads += 1 }
        }
        let wonTally = won.tally(table, base: base), lostTally = lost.tally(table, base: base)
        let pipelineTally = pipeline.tally(table, base: base), arrTally = arr.tally(table, base: base)
        let winRate = CRMState.winRate(won: wonTally, lost: lostTally)
        let cycle = won.total > 0 ? cycleDays / Double(won.total) : nil
        let quota = quotaAmount(scope, period.quarter, calendar)
        let attainment = quota.flatMap { $0.cents > 0 ? Double(wonTally.headline.amount.cents) / Double($0.cents) * 100 : nil }
        var velocity: Money?
        if let rate = winRate.byCount, let cycle, cycle > 0 {
            // open count × win rate × (open acv ÷ open count) = open acv × win rate, in the base currency
            velocity = Money.rounded(major: pipelineTally.headline.amount.majorUnits * rate / cycle, currency: base)
        }
        return DashboardSummary(
            asOf: period.asOf, quarter: period.quarter, quarterStart: period.bounds.lowerBound,
            quarterEnd: period.bounds.upperBound, baseCurrency: base, totalPipeline: pipelineTally, wonQTD: wonTally,
            winRate: winRate, avgSalesCycleDays: cycle, activeLeads: activeLeads, forecastCommit: commit.tally(table, base: base),
            forecastByCategory: ForecastCategory.allCases.enumerated().map { CategoryTally(category: $1, tally: categories[$0].tally(table, base: base)) },
            quota: quota, quotaAttainmentPercent: attainment, pipelineVelocityPerDay: velocity, arr: arrTally,
            mrr: ([arrTally.headline] + arrTally.others).map { Money.rounded(major: $0.amount.majorUnits / 12, currency: $0.amount.currency) })
    }

    static func winRate(won: TallyByCurrency, lost: TallyByCurrency) -> WinRate {
        let closed = won.count + lost.count
        let closedAmount = won.headline.amount.cents + lost.headline.amount.cents
        let countsInBase = won.headline.count + lost.headline.count
        return WinRate(wonCount: won.count, lostCount: lost.count,
                       byCount: closed > 0 ? Double(won.count) / Double(closed) : nil,
                       byAmount: countsInBase > 0 && closedAmount > 0
                           ? Double(won.headline.amount.cents) / Double(closedAmount) : (countsInBase > 0 ? 0 : nil))
    }

    /// When a term that started at `start` ends: the same UTC day and time `years` later (29 Feb → 28 Feb).
    static func termEnd(_ start: Timestamp, years: Int) -> Timestamp {
        let (days, millis) = CivilCalendar.floorDivide(start.milliseconds, Timestamp.millisecondsPerDay)
        let date = CivilCalendar.date(days: Int(days))
        let year = date.year + years
        let day = min(date.day, CivilCalendar.daysInMonth(year: year, month: date.month))
        let endDays = Int64(CivilCalendar.days(year: year, month: date.month, day: day))
        return Timestamp(milliseconds: endDays * Timestamp.millisecondsPerDay + millis)
    }
}
