import Foundation
import Testing
@testable import CRMCore

@Suite struct ChartTests {
    @Test(arguments: ChartKind.allCases, [Language.en, .ko])
    func drawsSelfContainedSVG(kind: ChartKind, language: Language) throws {
        let state = try DemoData.state(now: World.now)
        let admin = try #require(state.user(handle: "admin")).id
        let svg = try state.dashboardChart(kind, language: language, by: admin, now: World.now)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("viewBox=") && svg.contains("<title>") && svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<script") && !svg.contains("href") && !svg.contains("@font-face"))
        if kind == .quarterly { #expect(svg.contains("stroke-dasharray")) }
        // Set CLOVER_CHART_DIR to write the pictures out for a look.
        if let directory = ProcessInfo.processInfo.environment["CLOVER_CHART_DIR"] {
            try svg.write(toFile: "\(directory)/\(kind.rawValue)-\(language.rawValue).svg", atomically: true, encoding: .utf8)
        }
    }

    @Test func escapesText() {
        #expect(SVGCanvas.escape("H&M <Group> \"x\"") == "H&amp;M &lt;Group&gt; &quot;x&quot;")
    }

    @Test func compactLabels() {
        #expect(ChartScale.compact(1_234_567, .usd) == "$1.2M")
        #expect(ChartScale.compact(45_000, .eur) == "€45K")
        #expect(ChartScale.compact(85_000_000, .krw) == "₩85M")
        #expect(ChartScale.niceMaximum(38_000) == 40_000)
        #expect(ChartScale.niceMaximum(228_000) == 250_000)
        #expect(ChartScale.steps(for: 250_000) == 5)
    }
}
