/// The built-in wording of the consolidated report. A plugin replaces any of them with a file of
/// the same name in its `templates/` folder (`templates/body.mustache`); the last plugin in the
/// chain that has one wins.
///
/// Templates are Mustache. The `body` template's output is read as light markup (see
/// ``ReportMarkup``): `#` and `##` headings (numbered I., II. and 1., 2. for you), `- ` list
/// items, paragraphs separated by blank lines, `**bold**` and `*italic*`, and lines such as
/// `[[level-table]]` that place the tables and the chart the report computes.
enum DefaultTemplates {
    static let all: [String: String] = ["subject": subject, "body": body]

    static let subject = "Kết quả thực hiện {{directive.citation}}, {{period.name}}"

    static let body = """
        Thực hiện {{directive.citation}} về {{directive.subject}}, {{issuer.name}} báo cáo kết quả thực hiện {{period.name}} (số liệu tính đến ngày {{asOf}}) như sau:

        # Tình hình thực hiện chế độ báo cáo

        {{#totals.expected}}
        Có {{totals.received}}/{{totals.expected}} báo cáo đã gửi về, đạt **{{totals.reportingRate}}**; trong đó {{totals.onTime}} báo cáo đúng hạn (tỷ lệ đúng hạn {{totals.onTimeRate}}), {{totals.late}} báo cáo chậm hạn và {{totals.missing}} báo cáo quá hạn chưa gửi{{#totals.notYetDue}}; {{totals.notYetDue}} báo cáo chưa đến hạn{{/totals.notYetDue}}.

        [[level-table]]

        {{#hasLateAny}}
        Gửi chậm: {{#late}}{{name}} (chậm {{days}} ngày){{^last()}}; {{/last()}}{{/late}}{{#lateBelow}}{{#hasLate}}; {{/hasLate}}{{lateBelow}} đơn vị cấp cơ sở{{/lateBelow}}.
        {{/hasLateAny}}
        {{#hasMissing}}
        Quá hạn chưa gửi: {{#missing}}{{name}}{{^last()}}; {{/last()}}{{/missing}}{{#missingBelow}}{{#hasMissingNamed}}; {{/hasMissingNamed}}{{missingBelow}} đơn vị cấp cơ sở{{/missingBelow}}.
        {{/hasMissing}}

        [[unit-table]]

        [[chart]]
        {{/totals.expected}}
        {{^totals.expected}}
        Trong {{period.name}} không có báo cáo nào phải gửi theo {{directive.citation}}.
        {{/totals.expected}}

        # Kết quả thực hiện các chỉ tiêu

        {{#hasIndicators}}
        Có {{indicatorsMet}}/{{indicatorsTotal}} chỉ tiêu đạt.

        [[indicator-table]]
        {{/hasIndicators}}
        {{^hasIndicators}}
        {{directive.typeName}} không đặt chỉ tiêu định lượng cho {{period.name}}.
        {{/hasIndicators}}
        {{#hasScores}}

        # Kết quả tự đánh giá, chấm điểm

        [[score-table]]
        {{/hasScores}}
        {{#hasNarratives}}

        # Tình hình ở các đơn vị

        {{#narratives}}
        - **{{unit}}**: {{text}}
        {{/narratives}}
        {{/hasNarratives}}

        # Đề xuất, kiến nghị

        {{#hasMissing}}
        Đề nghị các đơn vị chưa gửi báo cáo khẩn trương hoàn thành và gửi về {{issuer.name}}.
        {{/hasMissing}}
        {{^hasMissing}}
        Các đơn vị đã thực hiện đầy đủ chế độ báo cáo; đề nghị tiếp tục duy trì.
        {{/hasMissing}}

        Trên đây là báo cáo kết quả thực hiện {{directive.citation}}, {{period.name}} của {{issuer.name}}./.
        """
}
