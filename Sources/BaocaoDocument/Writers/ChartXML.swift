import BaocaoCore
import Foundation

/// A ``BarChart`` as a DrawingML chart part (`word/charts/chartN.xml`): a horizontal clustered
/// bar chart whose values and labels are cached in the part, so Word and LibreOffice draw it as it
/// is, with its data in an embedded workbook for Word's "Edit Data"; every label shown.
struct ChartXML {
    let chart: BarChart

    /// A value as the part caches it; NaN and the infinities, which no chart can hold, as 0.
    private func number(_ value: Double) -> String {
        String(format: "%.1f", value.isFinite ? value : 0)
    }

    /// The chart's data as its embedded workbook holds it: the labels in A, the values in B under
    /// the title, on "Sheet1", where the series' formulas point.
    var worksheet: XLSXWorksheet {
        XLSXWorksheet(name: "Sheet1", header: ["", chart.title], rows: chart.bars.map { [.text($0.label), .number($0.value.isFinite ? $0.value : 0)] })
    }

    var text: String {
        let count = chart.bars.count
        let categories = chart.bars.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(XMLText.escape($0.element.label))</c:v></c:pt>" }.joined()
        let values = chart.bars.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(number($0.element.value))</c:v></c:pt>" }.joined()
        // Each bar's label written out as the tables write it ("57,7%"): a number format would
        // take the reader's locale, and show "57.7%" beside a table's "57,7%".
        let labels = chart.bars.enumerated().map { index, bar in
            "<c:dLbl><c:idx val=\"\(index)\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"vi-VN\" sz=\"1100\">"
                + "<a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/></a:rPr>"
                + "<a:t>\(XMLText.escape(VietnameseNumber.decimal(bar.value) + chart.unit))</a:t></a:r></a:p></c:rich></c:tx>"
                + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
                + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>"
        }.joined()
        let font = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1100\"><a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <c:lang val="vi-VN"/><c:roundedCorners val="0"/><c:chart>\
            <c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>\
            <a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="Times New Roman"/></a:rPr><a:t>\(XMLText.escape(chart.title))</a:t></a:r></a:p></c:rich></c:tx>\
            <c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>\
            <c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>\
            <c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>\
            <c:pt idx="0"><c:v>\(XMLText.escape(chart.title))</c:v></c:pt></c:strCache></c:strRef></c:tx>\
            <c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>\
            <c:dLbls>\(labels)<c:numFmt formatCode="0.0&quot;\(XMLText.escape(chart.unit))&quot;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(font)\
            <c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>\
            <c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(count + 1)</c:f><c:strCache><c:ptCount val="\(count)"/>\(categories)</c:strCache></c:strRef></c:cat>\
            <c:val><c:numRef><c:f>Sheet1!$B$2:$B$\(count + 1)</c:f><c:numCache><c:formatCode>0.0</c:formatCode><c:ptCount val="\(count)"/>\(values)</c:numCache></c:numRef></c:val>\
            </c:ser><c:gapWidth val="50"/><c:axId val="111"/><c:axId val="222"/></c:barChart>\
            <c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>\
            <c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\(font)\
            <c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>\
            <c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:max val="\(number(chart.maximum))"/><c:min val="0"/></c:scaling>\
            <c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
            <c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\(font)\
            <c:crossAx val="111"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea>\
            <c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>\
            <c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\
            <c:externalData r:id="rIdData"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>
            """
    }
}
