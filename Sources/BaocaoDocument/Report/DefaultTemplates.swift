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

    static let subject = "Kết quả thực hiện {{directive.reference}} {{period.name}}"

    static let body = """
        Thực hiện {{directive.citation}} về {{directive.subject}}, {{issuer.name}} báo cáo kết quả thực hiện {{period.name}} (số liệu tính đến ngày {{asOf}}) như sau:

        # Tình hình thực hiện chế độ báo cáo

        {{#totals.expected}}
        {{#totals.allReceived}}
        Các đơn vị đã gửi đủ {{totals.expected}} báo cáo{{#totals.hasLate}}, trong đó {{totals.onTime}} báo cáo đúng hạn ({{totals.onTimeRate}}) và {{totals.late}} báo cáo gửi chậm{{/totals.hasLate}}{{^totals.hasLate}}, đúng hạn{{/totals.hasLate}}.
        {{/totals.allReceived}}
        {{^totals.allReceived}}
        Đã nhận {{totals.received}}/{{totals.expected}} báo cáo, đạt **{{totals.reportingRate}}**{{#totals.received}}; trong đó {{totals.onTime}} báo cáo đúng hạn ({{totals.onTimeRate}}){{#totals.hasLate}}, {{totals.late}} báo cáo gửi chậm{{/totals.hasLate}}{{/totals.received}}{{#totals.hasMissing}}; {{totals.missing}} báo cáo quá hạn chưa gửi{{/totals.hasMissing}}{{#totals.hasNotYetDue}}; {{totals.notYetDue}} báo cáo chưa đến hạn{{/totals.hasNotYetDue}}.
        {{/totals.allReceived}}

        {{#obligations}}
        {{#hasLate}}{{#hasMissing}}- {{title}}: đã nhận {{received}}/{{expected}} báo cáo ({{reportingRate}}); gửi chậm: {{lateText}}; chưa gửi: {{missingText}}.{{/hasMissing}}{{^hasMissing}}- {{title}}: đã nhận {{received}}/{{expected}} báo cáo ({{reportingRate}}); gửi chậm: {{lateText}}.{{/hasMissing}}{{/hasLate}}{{^hasLate}}{{#hasMissing}}- {{title}}: đã nhận {{received}}/{{expected}} báo cáo ({{reportingRate}}); chưa gửi: {{missingText}}.{{/hasMissing}}{{^hasMissing}}{{#allReceived}}- {{title}}: các đơn vị đã gửi đủ {{expected}} báo cáo, đúng hạn.{{/allReceived}}{{^allReceived}}- {{title}}: đã nhận {{received}}/{{expected}} báo cáo; {{notYetDue}} báo cáo chưa đến hạn.{{/allReceived}}{{/hasMissing}}{{/hasLate}}
        {{/obligations}}

        [[level-table]]

        [[unit-table]]
        {{#unitTableInAppendix}}

        Tình hình gửi báo cáo theo từng đơn vị nhận báo cáo tại Phụ lục kèm theo.
        {{/unitTableInAppendix}}

        [[chart]]
        {{/totals.expected}}
        {{^totals.expected}}
        Trong {{period.name}} không có báo cáo nào phải gửi theo {{directive.citation}}.
        {{/totals.expected}}

        # Kết quả thực hiện các chỉ tiêu

        {{#hasIndicators}}
        {{#allIndicatorsMet}}
        Cả {{indicatorsTotal}} chỉ tiêu đều đạt.
        {{/allIndicatorsMet}}
        {{^allIndicatorsMet}}
        Đạt {{indicatorsMet}}/{{indicatorsTotal}} chỉ tiêu.
        {{/allIndicatorsMet}}

        [[indicator-table]]
        {{/hasIndicators}}
        {{^hasIndicators}}
        {{directive.typeName}} không đặt chỉ tiêu định lượng cho {{period.name}}.
        {{/hasIndicators}}
        {{#hasScores}}

        # Kết quả chấm điểm

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
        {{issuer.name}} tiếp tục đôn đốc các đơn vị chưa gửi báo cáo hoàn thành và gửi báo cáo trong thời gian sớm nhất.
        {{/hasMissing}}
        {{#hasReceiver}}
        Kính đề nghị {{receiver.name}} tiếp tục quan tâm chỉ đạo, tạo điều kiện để {{issuer.name}} và các đơn vị trực thuộc thực hiện tốt {{directive.reference}}.
        {{/hasReceiver}}
        {{^hasReceiver}}
        {{^hasMissing}}
        Các đơn vị đã thực hiện đầy đủ chế độ báo cáo; đề nghị tiếp tục duy trì.
        {{/hasMissing}}
        {{/hasReceiver}}

        Trên đây là báo cáo {{subject}} của {{issuer.name}}{{#hasReceiver}}, kính báo cáo {{receiver.text}} xem xét, chỉ đạo{{/hasReceiver}}./.
        """
}
