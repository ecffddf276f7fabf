/// The pictures `dashboard.chart` draws.
public enum ChartKind: String, CaseIterable, Hashable, Sendable {
    case pipeline
    case forecast
    case quarterly
}

extension CRMState {
    /// `dashboard.chart {kind, format: svg}`: a self-contained SVG of the pipeline, forecast or quarterly
    /// figures the acting user may see, labelled in `language`.
    public func dashboardChart(_ kind: ChartKind, _ query: DashboardQuery = DashboardQuery(), quarters: Int = 4,
                               language: Language = .en, by actorId: RecordID, now: Timestamp) throws(CRMError) -> String {
        switch kind {
        case .pipeline:
            return PipelineChart.svg(try dashboardPipeline(query, by: actorId, now: now), language: language)
        case .forecast:
            return ForecastChart.svg(try dashboardForecast(query, by: actorId, now: now), language: language)
        case .quarterly:
            return QuarterlyChart.svg(try dashboardQuarterly(quarters: quarters, query, by: actorId, now: now), language: language)
        }
    }
}
