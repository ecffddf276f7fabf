/// A tiny SVG writer: shapes and escaped text on a fixed canvas, self-contained (no fonts, scripts or
/// external references), so a host can show or save the string as it is.
struct SVGCanvas {
    let width: Int
    let height: Int
    private var elements: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, radius: Double = 0) {
        elements.append("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" rx=\"\(n(radius))\" fill=\"\(fill)\"/>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
                       dash: String? = nil) {
        let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        elements.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashed)/>")
    }

    mutating func text(_ x: Double, _ y: Double, _ content: String, size: Int = 12, anchor: String = "middle",
                       weight: String = "normal", fill: String = "#333333", rotate: Double? = nil) {
        let transform = rotate.map { " transform=\"rotate(\(n($0)) \(n(x)) \(n(y)))\"" } ?? ""
        elements.append("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(fill)\"\(transform)>\(SVGCanvas.escape(content))</text>")
    }

    /// The finished document: explicit size and viewBox, a <title> for screen readers, a white background.
    func document(title: String) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" font-family=\"Helvetica, Arial, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'NanumGothic', sans-serif\">"
        svg += "<title>\(SVGCanvas.escape(title))</title>"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        svg += elements.joined()
        svg += "</svg>"
        return svg
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                   scalar.value < 0x20, scalar != "\t" { continue }
                escaped.append(character)
            }
        }
        return escaped
    }

    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Chart helpers shared by the three charts.
enum ChartScale {
    /// A round axis maximum (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) at or above `value`.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        for step in [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    /// How many grid steps give round tick values for a nice maximum (2.5 → 5 steps of 0.5, 3 → 3 of 1).
    static func steps(for maximum: Double) -> Int {
        var leading = maximum
        while leading >= 10 { leading /= 10 }
        while leading < 1, leading > 0 { leading *= 10 }
        switch (leading * 10).rounded() {
        case 15, 30, 60: return 3
        case 20, 40, 80: return 4
        default: return 5
        }
    }

    /// `$1.2M`, `€45K`, `₩85M`, `¥6M`: short labels for bars and axes.
    static func compact(_ major: Double, _ currency: CurrencyCode) -> String {
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "CNY": "¥"]
        let prefix = symbols[currency.code] ?? "\(currency.code) "
        let magnitude = abs(major)
        let (scaled, suffix): (Double, String) =
            magnitude >= 1_000_000_000 ? (major / 1_000_000_000, "B") :
            magnitude >= 1_000_000 ? (major / 1_000_000, "M") :
            magnitude >= 1_000 ? (major / 1_000, "K") : (major, "")
        let digits = suffix.isEmpty || abs(scaled) >= 100 ? 0 : 1
        var text = digits == 0 ? String(Int(scaled.rounded())) : String((scaled * 10).rounded() / 10)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return prefix + text + suffix
    }

    static let palette = ["#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#2ca25f", "#de2d26"]
}
