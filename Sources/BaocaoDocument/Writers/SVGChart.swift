import BaocaoCore
import Foundation

/// A ``BarChart`` as inline SVG: horizontal bars with the label on the left and the value at the
/// bar's end, gridlines every 20 units.
struct SVGChart {
    let chart: BarChart

    var text: String {
        let labelWidth = 260.0, barArea = 380.0, rowHeight = 22.0, top = 34.0
        let width = labelWidth + barArea + 60
        let height = top + Double(chart.bars.count) * rowHeight + 24
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(XMLText.escape(chart.title))\" font-family=\"Times New Roman, serif\" font-size=\"13\">"
        svg += "<text x=\"\(Int(width / 2))\" y=\"18\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">\(XMLText.escape(chart.title))</text>"
        // The document hook checks a plugin's chart; this draws any chart without trapping: an
        // axis of NaN, infinity or 1e308, or one too small to divide by five, is no axis to draw.
        let maximum = chart.maximum.isFinite && chart.maximum > 0 ? chart.maximum : 1
        for tick in 0...5 {
            let step = maximum / 5 * Double(tick)  // not maximum * tick: 1e308 * 5 is infinite
            let x = labelWidth + barArea * Double(tick) / 5
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(top - 4))\" x2=\"\(f(x))\" y2=\"\(f(height - 20))\" stroke=\"#d9d9d9\"/>"
            svg += "<text x=\"\(f(x))\" y=\"\(f(height - 6))\" text-anchor=\"middle\" font-size=\"11\">\(Int(exactly: step.rounded(.down)).map(String.init) ?? String(format: "%g", step))</text>"
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let value = bar.value.isFinite ? bar.value : 0
            let length = barArea * (min(max(value, 0), maximum) / maximum)
            let label = bar.label.count > 38 ? String(bar.label.prefix(37)) + "…" : bar.label
            svg += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 15))\" text-anchor=\"end\"><title>\(XMLText.escape(bar.label))</title>\(XMLText.escape(label))</text>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(length))\" height=\"\(f(rowHeight - 6))\" fill=\"#1f4e79\"/>"
            svg += "<text x=\"\(f(labelWidth + length + 4))\" y=\"\(f(y + 15))\">\(VietnameseNumber.decimal(bar.value))\(XMLText.escape(chart.unit))</text>"
        }
        return svg + "</svg>"
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
