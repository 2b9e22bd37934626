import BaocaoCore
@testable import BaocaoDocument
import Foundation
import Testing

/// Numbers at the edges reaching the writers and the report's figures: a plugin's document hook
/// is checked before its blocks get here, but a writer draws whatever block it is given, and a
/// score or indicator a plugin gives may be any finite number. None of them traps.
@Suite("Edge numbers in documents never trap")
struct EdgeNumberWriterTests {
    static let edges: [Double] = [.infinity, -.infinity, .nan, -1, 0, 0x1p63, 1e308, Double(Int64.min), Double(Int64.max),
                                  .leastNonzeroMagnitude, -.greatestFiniteMagnitude]

    static func document(_ blocks: [DocumentBlock]) -> OfficialDocument {
        OfficialDocument(blocks: [.title(DocumentTitle(type: "Báo cáo", subject: "Số liệu"))] + blocks)
    }

    @Test("A chart's maximum and a bar's value at the edges, in every format", arguments: edges)
    func chart(_ edge: Double) throws {
        for format in DocumentFormat.allCases {
            _ = try format.data(for: Self.document([
                .chart(BarChart(title: "Tối đa", bars: [.init(label: "A", value: 50)], maximum: edge)),
                .chart(BarChart(title: "Giá trị", bars: [.init(label: "A", value: edge), .init(label: "B", value: 10)])),
                .chart(BarChart(title: "Cả hai", bars: [.init(label: "A", value: edge)], maximum: edge)),
            ]))
        }
        let svg = SVGChart(chart: BarChart(title: "T", bars: [.init(label: "A", value: edge)], maximum: edge)).text
        #expect(!svg.contains("nan") && !svg.contains("inf"), "\(svg)")
    }

    @Test("A table's widths at the edges, in every format", arguments: edges)
    func widths(_ edge: Double) throws {
        for widths in [[1, edge], [edge, edge], [edge]] {
            for format in DocumentFormat.allCases {
                _ = try format.data(for: Self.document([
                    .table(DocumentTable(columns: ["A", "B"], rows: [["1", "2"]], widths: widths)),
                ]))
            }
        }
        _ = try DOCXWriter().data(for: Self.document([.table(DocumentTable(columns: ["A", "B"], rows: [], widths: [0, 0]))]))
        _ = try DOCXWriter().data(for: Self.document([.table(DocumentTable(columns: ["A", "B"], rows: [], widths: [1, -1]))]))
    }

    @Test("A heading's level at the edges, in every format", arguments: [Int.min, -1, 0, 4, Int.max])
    func heading(_ level: Int) throws {
        for format in DocumentFormat.allCases {
            _ = try format.data(for: Self.document([.heading(level: level, [TextRun("Mục")])]))
        }
    }

    @Test("The report's figures of a score or an indicator at the edges", arguments: edges)
    func figures(_ edge: Double) {
        let text = VietnameseNumber.measure(edge)
        #expect(!text.isEmpty)
        if let whole = Int(exactly: edge) { #expect(text == String(whole)) }
        #expect(VietnameseNumber.measure(12) == "12" && VietnameseNumber.measure(85.75) == "85,8")
    }

    @Test("A target at the edges reads or is refused, and shows as written",
          arguments: ["inf", "-inf", "nan", "1e308", "1e308%", "9223372036854775808", "-1", "infinity%", "nan%", "1e400"])
    func target(_ text: String) {
        guard let target = TargetValue(parsing: text) else { return }
        #expect(!target.description.isEmpty)
        switch target {
        case .percent(let value), .count(let value): #expect(value.isFinite)
        }
    }
}
