/// Amount per stage as vertical bars: open stages, then won and lost this quarter.
enum PipelineChart {
    static func svg(_ report: PipelineReport, language: Language) -> String {
        let en = language == .en
        let base = report.baseCurrency
        var canvas = SVGCanvas(width: 760, height: 470)
        let title = en ? "Pipeline by stage — \(report.quarter) (\(base.code))" : "단계별 파이프라인 — \(report.quarter) (\(base.code))"
        canvas.text(380, 32, title, size: 18, weight: "bold")
        let plot = (left: 90.0, top: 70.0, right: 730.0, bottom: 360.0)
        let amounts = report.stages.map { $0.tally.headline.amount.majorUnits }
        let maximum = ChartScale.niceMaximum(amounts.max() ?? 0)
        let steps = ChartScale.steps(for: maximum)
        for step in 0...steps {
            let value = maximum * Double(step) / Double(steps)
            let y = plot.bottom - (plot.bottom - plot.top) * Double(step) / Double(steps)
            canvas.line(plot.left, y, plot.right, y, stroke: step == 0 ? "#666666" : "#e5e5e5")
            canvas.text(plot.left - 8, y + 4, ChartScale.compact(value, base), size: 11, anchor: "end", fill: "#666666")
        }
        canvas.text(24, (plot.top + plot.bottom) / 2, en ? "ACV (\(base.code))" : "ACV (\(base.code))", size: 12, rotate: -90)
        let slot = (plot.right - plot.left) / Double(report.stages.count)
        for (index, stage) in report.stages.enumerated() {
            let tally = stage.tally.headline
            let height = (plot.bottom - plot.top) * tally.amount.majorUnits / maximum
            let x = plot.left + slot * Double(index) + slot * 0.18
            let color = ChartScale.palette[index % ChartScale.palette.count]
            canvas.rect(x, plot.bottom - height, slot * 0.64, height, fill: color, radius: 3)
            canvas.text(x + slot * 0.32, plot.bottom - height - 8, ChartScale.compact(tally.amount.majorUnits, base), size: 12, weight: "bold")
            canvas.text(x + slot * 0.32, plot.bottom + 20, stage.stage.label(language), size: 12)
            let count = tally.count
            let elsewhere = stage.tally.count - count
            var deals = en ? "\(count) deal\(count == 1 ? "" : "s")" : "\(count)건"
            if elsewhere > 0 { deals += " (+\(elsewhere))" }
            canvas.text(x + slot * 0.32, plot.bottom + 36, deals, size: 11, fill: "#777777")
        }
        canvas.text(410, plot.bottom + 60, en ? "Stage" : "단계", size: 12)
        legend(&canvas, report, language)
        return canvas.document(title: title)
    }

    private static func legend(_ canvas: inout SVGCanvas, _ report: PipelineReport, _ language: Language) {
        let en = language == .en
        canvas.rect(90, 438, 12, 12, fill: ChartScale.palette[2], radius: 2)
        canvas.text(108, 448, en ? "Open (as of \(report.asOf.utcDay))" : "진행 중 (\(report.asOf.utcDay) 기준)", size: 11, anchor: "start")
        canvas.rect(300, 438, 12, 12, fill: ChartScale.palette[4], radius: 2)
        canvas.text(318, 448, en ? "Won / lost this quarter" : "이번 분기 수주 / 실주", size: 11, anchor: "start")
        let others = Set(report.stages.flatMap { $0.tally.others.map(\.amount.currency.code) }).sorted()
        if !others.isEmpty {
            let note = en ? "(+n) deals in \(others.joined(separator: ", ")), not converted" : "(+n) \(others.joined(separator: ", ")) 통화 딜, 환산 안 함"
            canvas.text(730, 448, note, size: 11, anchor: "end", fill: "#777777")
        }
    }
}
