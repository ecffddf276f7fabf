/// Won per quarter as bars against the quota goal line, with attainment.
enum QuarterlyChart {
    static func svg(_ report: QuarterlyReport, language: Language) -> String {
        let en = language == .en
        let base = report.baseCurrency
        var canvas = SVGCanvas(width: 760, height: 440)
        let title = en ? "Quarterly performance — won vs quota (\(base.code))" : "분기 실적 — 수주 대비 영업 목표 (\(base.code))"
        canvas.text(380, 32, title, size: 18, weight: "bold")
        let plot = (left: 90.0, top: 70.0, right: 730.0, bottom: 360.0)
        let values: [Double] = report.quarters.flatMap { quarter -> [Double] in
            [quarter.won.headline.amount.majorUnits, quarter.quota?.majorUnits ?? 0]
        }
        let maximum = ChartScale.niceMaximum((values.max() ?? 0) * 1.1)
        let steps = ChartScale.steps(for: maximum)
        for step in 0...steps {
            let y = plot.bottom - (plot.bottom - plot.top) * Double(step) / Double(steps)
            canvas.line(plot.left, y, plot.right, y, stroke: step == 0 ? "#666666" : "#e5e5e5")
            canvas.text(plot.left - 8, y + 4, ChartScale.compact(maximum * Double(step) / Double(steps), base), size: 11, anchor: "end", fill: "#666666")
        }
        canvas.text(24, (plot.top + plot.bottom) / 2, en ? "Won ACV (\(base.code))" : "수주 ACV (\(base.code))", size: 12, rotate: -90)
        let slot = (plot.right - plot.left) / Double(max(1, report.quarters.count))
        func y(_ value: Double) -> Double { plot.bottom - (plot.bottom - plot.top) * value / maximum }
        for (index, quarter) in report.quarters.enumerated() {
            let won = quarter.won.headline.amount.majorUnits
            let x = plot.left + slot * Double(index) + slot * 0.22
            let width = slot * 0.56
            canvas.rect(x, y(won), width, plot.bottom - y(won), fill: "#2171b5", radius: 3)
            canvas.text(x + width / 2, y(won) - 8, ChartScale.compact(won, base), size: 12, weight: "bold")
            if let quota = quarter.quota {
                canvas.line(x - slot * 0.12, y(quota.majorUnits), x + width + slot * 0.12, y(quota.majorUnits),
                            stroke: "#de2d26", width: 2.5, dash: "8 4")
                if let percent = quarter.attainmentPercent {
                    let label = "\(Int(percent.rounded()))%"
                    if plot.bottom - y(won) >= 26 {
                        canvas.text(x + width / 2, y(won) + 18, label, size: 12, weight: "bold", fill: "#ffffff")
                    } else {
                        canvas.text(x + width / 2, y(won) - 24, label, size: 12, weight: "bold", fill: "#2171b5")
                    }
                }
            }
            canvas.text(x + width / 2, plot.bottom + 20, quarter.quarter.description, size: 12)
        }
        canvas.text(380, plot.bottom + 46, en ? "Fiscal quarter" : "회계 분기", size: 12)
        canvas.rect(90, 412, 12, 12, fill: "#2171b5", radius: 2)
        canvas.text(108, 422, en ? "Won" : "수주", size: 11, anchor: "start")
        canvas.line(180, 418, 206, 418, stroke: "#de2d26", width: 2.5, dash: "8 4")
        canvas.text(212, 422, en ? "Quota goal (attainment % on bar)" : "영업 목표(쿼터) (막대 안 % = 달성률)", size: 11, anchor: "start")
        return canvas.document(title: title)
    }
}
