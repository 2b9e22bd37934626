import BaocaoCore
import BaocaoImport
import Testing

/// The built-in rules on short texts: one phrasing each, and what is left missing rather than guessed.
@Suite("Built-in import rules")
struct ExtractorRuleTests {
    func draft(_ text: String) -> DirectiveDraft {
        DirectiveExtractor(source: SourceText(path: "t.txt", text: text)).extract()
    }

    @Test("A head who signs in their own name; recipients on the 'Nơi nhận' line; 'Lưu' without a dash")
    func footer() {
        let found = draft("""
            Số: 5/TB-UBND
            Huế, ngày 1/2/2023
            THÔNG BÁO
            Về việc nghỉ lễ
            Nơi nhận: - Các sở;
            - Như trên;
            Lưu: VT.

            CHỦ TỊCH
            (đã ký)
            Nguyễn Văn An
            """)
        #expect(found.type?.value == .notice)
        #expect(found.recipients.map(\.value) == ["Các sở", "Như trên"])
        #expect(found.archive.map(\.value) == ["VT"])
        #expect(found.signer?.authority == nil && found.signer?.title == "CHỦ TỊCH")
        #expect(found.signer?.name == "Nguyễn Văn An" && found.signer?.nameLine == 11)
        #expect(found.signer?.note == "(đã ký)" && found.signer?.noteLine == 10)
        #expect(found.missing.contains { $0.field == "issuer" }, "no header and no sentence naming the issuer")
    }

    @Test("Periods after 'hằng quý'; a deadline beside periods is recurring, not fixed")
    func recurring() {
        let found = draft("""
            Số: 7/KH-LĐLĐ
            Huế, ngày 02 tháng 01 năm 2024
            KẾ HOẠCH
            Công tác năm 2024
            I. TỔ CHỨC THỰC HIỆN
            1. Đối với LĐLĐ các huyện
            - Hằng quý và cuối năm báo cáo kết quả về LĐLĐ tỉnh qua Văn phòng, báo cáo năm gửi trước ngày 15/12.
            2. Đối với công đoàn cơ sở
            - Báo cáo kết quả về LĐLĐ tỉnh chậm nhất ngày 30/6/2024.
            """)
        let quarterly = found.reports.first { !$0.periods.isEmpty }
        #expect(quarterly?.periods == [.quarter, .year])
        #expect(quarterly?.deadline == nil)
        #expect(quarterly?.channel == "Văn phòng")
        #expect(quarterly?.from == [.district])
        #expect(found.missing.contains { $0.field.hasSuffix(".deadline") && $0.reason.contains("recurring") })
        let fixed = found.reports.first { $0.periods.isEmpty }
        #expect(fixed?.deadline == CalendarDate(year: 2024, month: 6, day: 30))
        #expect(fixed?.from == [.grassroots])
        #expect(found.taskGroups.map(\.heading) == ["Đối với LĐLĐ các huyện", "Đối với công đoàn cơ sở"])
    }

    @Test("A deadline without its year takes the directive's; before the directive's date it is not guessed")
    func yearless() {
        let later = draft("Số: 1/KH-X\nHuế, ngày 02/01/2024\nKẾ HOẠCH\nViệc\nBáo cáo kết quả về UBND tỉnh trước ngày 15/12.\n")
        #expect(later.reports.first?.deadline == CalendarDate(year: 2024, month: 12, day: 15))
        let earlier = draft("Số: 1/KH-X\nHuế, ngày 20/12/2024\nKẾ HOẠCH\nViệc\nBáo cáo kết quả về UBND tỉnh trước ngày 15/12.\n")
        #expect(earlier.reports.first?.deadline == nil)
        #expect(earlier.missing.contains { $0.reason.contains("before the directive's date") })
    }

    @Test("Citations: a number with spaces, a date in words, an issuer cut before 'về'")
    func citations() {
        let found = draft("""
            Số: 3/KH-LĐLĐ
            Huế, ngày 02/01/2024
            KẾ HOẠCH
            Việc
            Căn cứ Kế hoạch số 98 – KH / BDVTU ngày 12 tháng 01 năm 2023 của Ban Dân vận Tỉnh ủy về công tác dân vận; Nghị định số 145/2020/NĐ-CP, ngày 14/12/2020 của Chính phủ Quy định chi tiết.
            I. NỘI DUNG
            """)
        #expect(found.legalBases.map(\.number) == ["98-KH/BDVTU", "145/2020/NĐ-CP"])
        #expect(found.legalBases.map(\.date) == [CalendarDate(year: 2023, month: 1, day: 12), CalendarDate(year: 2020, month: 12, day: 14)])
        #expect(found.legalBases.map(\.issuer) == ["Ban Dân vận Tỉnh ủy", "Chính phủ"])
        #expect(found.legalBases.map(\.type) == [.plan, .decree])
    }

    @Test("A report asked for without saying to whom is missing, not guessed")
    func noReceiver() {
        let found = draft("Số 9-CV/ĐUK\nBến Tre, ngày 11 tháng 3 năm 2022\nV/v giám sát\n1. Định kỳ 6 tháng, cuối năm cấp ủy nghe các đoàn thể báo cáo kết quả.\n")
        #expect(found.reports.isEmpty)
        #expect(found.kind?.value == .party)
        #expect(found.missing.contains { $0.field.hasPrefix("reports") && $0.reason.contains("not to whom") })
    }
}
