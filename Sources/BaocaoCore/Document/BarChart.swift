/// A horizontal bar chart: one bar per label, values from 0 to ``maximum``. The consolidated report
/// draws reporting rates per unit with it; HTML shows it as SVG, DOCX as a native chart.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var bars: [Bar]
    /// The axis' upper end: 100 for percentages.
    public var maximum: Double
    /// Appended to values on labels: "%".
    public var unit: String

    public init(title: String, bars: [Bar], maximum: Double = 100, unit: String = "%") {
        self.title = title
        self.bars = bars
        self.maximum = maximum
        self.unit = unit
    }
}
