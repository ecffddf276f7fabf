/// Amount per forecast category as horizontal bars.
enum ForecastChart {
    static func svg(_ report: ForecastReport, language: Language) -> String {
        let en = language == .en
        let base = report.baseCurrency
        var canvas = SVGCanvas(width: 760, height: 400)
        let title = en ? "Forecast by category — \(report.quarter) (\(base.code))" : "예측 카테고리별 금액 — \(report.quarter) (\(base.code))"
        canvas.text(380, 32, title, size: 18, weight: "bold")
        let plot = (left: 150.0, top: 60.0, right: 690.0, bottom: 320.0)
        let maximum = ChartScale.niceMaximum(report.categories.map { $0.tally.headline.amount.majorUnits }.max() ?? 0)
        let steps = ChartScale.steps(for: maximum)
        for step in 0...steps {
            let x = plot.left + (plot.right - plot.left) * Double(step) / Double(steps)
            canvas.line(x, plot.top, x, plot.bottom, stroke: step == 0 ? "#666666" : "#e5e5e5")
            canvas.text(x, plot.bottom + 18, ChartScale.compact(maximum * Double(step) / Double(steps), base), size: 11, fill: "#666666")
        }
        canvas.text((plot.left + plot.right) / 2, plot.bottom + 40, en ? "ACV (\(base.code))" : "ACV (\(base.code))", size: 12)
        let colors = ["#9ecae1", "#4292c6", "#08519c", "#2ca25f", "#bdbdbd"]
        let slot = (plot.bottom - plot.top) / Double(report.categories.count)
        for (index, category) in report.categories.enumerated() {
            let tally = category.tally.headline
            let y = plot.top + slot * Double(index) + slot * 0.2
            let width = (plot.right - plot.left) * tally.amount.majorUnits / maximum
            canvas.rect(plot.left, y, width, slot * 0.6, fill: colors[index % colors.count], radius: 3)
            canvas.text(plot.left - 10, y + slot * 0.38, category.category.label(language), size: 12, anchor: "end")
            let elsewhere = category.tally.count - tally.count
            var deals = en ? "\(tally.count) deal\(tally.count == 1 ? "" : "s")" : "\(tally.count)건"
            if elsewhere > 0 { deals += en ? " (+\(elsewhere) in other currencies)" : " (+기타 통화 \(elsewhere)건)" }
            canvas.text(plot.left + width + 8, y + slot * 0.38,
                        "\(ChartScale.compact(tally.amount.majorUnits, base)) · \(deals)", size: 12, anchor: "start", weight: "bold")
        }
        let legend = en ? "Open deals by stage; Closed = won and Omitted = lost this quarter"
                        : "진행 중 딜은 단계 기준, 성사 = 이번 분기 수주, 제외 = 이번 분기 실주"
        canvas.text(380, 390, legend, size: 11, fill: "#777777")
        return canvas.document(title: title)
    }
}
