/// The resolved period of a dashboard call.
struct DashboardPeriod {
    var asOf: Timestamp
    var quarter: FiscalQuarter
    var bounds: Range<Timestamp>

    /// Whether an instant is in the quarter and not after `asOf`.
    func containsToDate(_ instant: Timestamp?) -> Bool {
        guard let instant else { return false }
        return bounds.contains(instant) && instant <= asOf
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
        var pipeline = TallyByCurrency(base: base), won = TallyByCurrency(base: base), lost = TallyByCurrency(base: base)
        var commit = TallyByCurrency(base: base), arr = TallyByCurrency(base: base)
        var categories = Dictionary(uniqueKeysWithValues: ForecastCategory.allCases.map { ($0, TallyByCurrency(base: base)) })
        var cycleDays = 0.0
        for deal in opportunities.values where !deal.archived && scope.covers(deal.ownerId) {
            guard let snapshot = OpportunitySnapshot(deal, at: period.asOf) else { continue }
            switch snapshot.stage {
            case .won:
                if let wonAt = snapshot.wonAt, period.asOf < CRMState.termEnd(wonAt, years: deal.termYears) { arr.add(deal.acv) }
                guard period.containsToDate(snapshot.wonAt), let wonAt = snapshot.wonAt else { continue }
                won.add(deal.acv)
                categories[.closed]?.add(deal.acv)
                let start = deal.leadCreatedAt ?? deal.createdAt
                cycleDays += Double(wonAt.milliseconds - start.milliseconds) / Double(Timestamp.millisecondsPerDay)
            case .lost:
                guard period.containsToDate(snapshot.lostAt) else { continue }
                lost.add(deal.acv)
                categories[.omitted]?.add(deal.acv)
            default:
                pipeline.add(deal.acv)
                categories[snapshot.stage.forecastCategory]?.add(deal.acv)
                if snapshot.stage == .negotiation { commit.add(deal.acv) }
            }
        }
        var activeLeads = 0
        for lead in leads.values where !lead.archived && scope.covers(lead.ownerId) {
            if let status = leadStatus(lead, at: period.asOf), status != .disqualified, status != .converted { activeLeads += 1 }
        }
        let winRate = CRMState.winRate(won: won, lost: lost)
        let cycle = won.count > 0 ? cycleDays / Double(won.count) : nil
        let quota = quotaAmount(scope, period.quarter, calendar)
        let attainment = quota.flatMap { $0.cents > 0 ? Double(won.headline.amount.cents) / Double($0.cents) * 100 : nil }
        var velocity: Money?
        if let rate = winRate.byCount, let cycle, cycle > 0 {
            // open count × win rate × (open acv ÷ open count) = open acv × win rate, in the base currency
            velocity = Money.rounded(major: pipeline.headline.amount.majorUnits * rate / cycle, currency: base)
        }
        return DashboardSummary(
            asOf: period.asOf, quarter: period.quarter, quarterStart: period.bounds.lowerBound,
            quarterEnd: period.bounds.upperBound, baseCurrency: base, totalPipeline: pipeline, wonQTD: won,
            winRate: winRate, avgSalesCycleDays: cycle, activeLeads: activeLeads, forecastCommit: commit,
            forecastByCategory: ForecastCategory.allCases.map { CategoryTally(category: $0, tally: categories[$0] ?? TallyByCurrency(base: base)) },
            quota: quota, quotaAttainmentPercent: attainment, pipelineVelocityPerDay: velocity, arr: arr,
            mrr: ([arr.headline] + arr.others).map { Money.rounded(major: $0.amount.majorUnits / 12, currency: $0.amount.currency) })
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
