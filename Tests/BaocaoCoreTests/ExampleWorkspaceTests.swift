import Testing
@testable import BaocaoCore

/// The example workspaces hold what the seeds state. Expected values are copied from
/// ../shared/seeds by hand.
@Suite("Example workspaces match their seeds")
struct ExampleWorkspaceTests {
    func load(_ name: String) throws -> Workspace {
        try WorkspaceLoader(path: Paths.example(name)).load()
    }

    func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test("Every example loads without a problem", arguments: ["ninh-binh", "tay-ninh", "cao-bang", "ben-tre"])
    func loads(_ name: String) throws {
        let workspace = try load(name)
        #expect(workspace.directives.count == 1)
        #expect(workspace.plugins.first == "national")
        // Invented grassroots units are marked as sample data; the real ones are not.
        let tree = workspace.organisation
        let grassroots = tree.units.filter { tree.rank(ofLevel: $0.level)! >= 2 && $0.id != "doan-khoi" }
        #expect(!grassroots.isEmpty && grassroots.allSatisfy(\.isSample))
        #expect(tree.units.filter { tree.rank(ofLevel: $0.level)! <= 1 }.allSatisfy { !$0.isSample })
    }

    @Test("Tây Ninh 439/KH-LĐLĐ: number, date, seven targets, report to UBND tỉnh through Sở Nội vụ")
    func tayNinh() throws {
        let workspace = try load("tay-ninh")
        let plan = try #require(workspace.directive("439/KH-LĐLĐ"))
        #expect(plan.type == .plan)
        #expect(plan.date == date("2023-05-09"))
        #expect(plan.place == "Tây Ninh")
        #expect(plan.subject == "Thực hiện công tác dân vận chính quyền năm 2023")
        #expect(plan.legalBases.map(\.number) == ["04-CTr/BDVTU-BCSĐUBND", "68-KH/BDVTU-BCSĐUBND"])
        #expect(plan.legalBases.map(\.date) == [date("2021-10-21"), date("2023-02-27")])

        // Six numbered targets; the sixth holds two: 100/100/100/100/60/60 and 90.
        #expect(Set(plan.indicators.compactMap(\.item)).count == 6)
        #expect(plan.indicators.map(\.target) == [.percent(100), .percent(100), .percent(100), .percent(100),
                                                  .percent(60), .percent(60), .percent(90)])
        let good = try #require(plan.indicators.last)
        #expect(good.requiredRating == .good)
        #expect(good.ratedBy == "Chủ tịch UBND tỉnh")
        #expect(good.isAspirational)
        #expect(good.measure.population == UnitSelector(levels: ["district"]))
        let enterprises = plan.indicators[4]
        #expect(enterprises.measure.population?.kinds == ["enterprise"])

        let report = try #require(plan.obligation("bao-cao-ket-qua"))
        #expect(report.deadline == date("2023-11-01"))
        #expect(report.routes == [Route(to: .organisation("ubnd-tinh"), through: "so-noi-vu")])
        #expect(report.reporters.levels == ["province", "district"])
        #expect(workspace.organisation.name(of: "so-noi-vu") == "Sở Nội vụ tỉnh Tây Ninh")
        let dossier = try #require(plan.obligation("ho-so-cham-diem"))
        #expect(dossier.deadline == date("2023-11-01"))
        #expect(dossier.routes.first?.to == .organisation("so-noi-vu"))

        #expect(plan.signer == Signer(authority: .onBehalf, onBehalfOf: "BAN THƯỜNG VỤ", title: "PHÓ CHỦ TỊCH", name: "Dương Đại Lộc"))
        #expect(plan.recipients == ["Ban Dân vận Tỉnh uỷ", "Sở Nội vụ", "Website LĐLĐ tỉnh"])
        #expect(plan.archive == ["VT", "CSPL&QHLD"])
        #expect(plan.numberLine == "Số: 439/KH-LĐLĐ")

        // The 9 district federations of 2023 and the 4 sector unions report; so does the province.
        let reporters = report.reporters.select(at: date("2023-11-01"), in: workspace.organisation)
        #expect(reporters.count == 14)
    }

    @Test("Ninh Bình 22/KH-LĐLĐ: districts and sector unions report to LĐLĐ tỉnh through Ban CSPL&QHLĐ")
    func ninhBinh() throws {
        let workspace = try load("ninh-binh")
        let plan = try #require(workspace.directive("22-kh-ldld"))
        #expect(plan.number == "22/KH-LĐLĐ")
        #expect(plan.date == date("2023-04-18"))
        #expect(plan.legalBases.map(\.number) == ["08-TT/TU", "98-KH/BDVTU"])
        #expect(plan.legalBases.first?.type == .partyCircular)
        #expect(plan.taskGroups.map(\.item) == ["II", "III.1", "III.2", "III.3"])
        #expect(plan.taskGroups[1...].map { $0.tasks.count } == [5, 5, 5])

        let districts = try #require(plan.obligation("bao-cao-huyen-nganh"))
        #expect(districts.periods == [.sixMonths, .year])
        #expect(districts.reporters == UnitSelector(levels: ["district"]))
        #expect(districts.routes == [Route(to: .organisation("ldld-tinh"), through: "ban-cspl-qhld")])
        let department = workspace.organisation.department("ban-cspl-qhld", of: "ldld-tinh")
        #expect(department?.shortName == "CSPL&QHLĐ")

        let grassroots = try #require(plan.obligation("bao-cao-cdcs"))
        #expect(grassroots.routes == [Route(to: .directSuperior)])
        #expect(grassroots.periods == [.sixMonths, .year])

        let province = try #require(plan.obligation("bao-cao-tinh"))
        #expect(province.routes.map(\.to) == [.organisation("tld"), .organisation("tinh-uy")])
        #expect(province.periods.isEmpty) // "theo quy định": plugins give the schedule

        #expect(plan.signer.authorityLine == "TM. BAN THƯỜNG VỤ")
        #expect(plan.signer.title == "PHÓ CHỦ TỊCH THƯỜNG TRỰC")
        #expect(plan.signer.name == "Trần Kim Long")
        #expect(plan.recipients == ["Ban QHLD Tổng Liên đoàn", "Ban DVTU", "Thường trực, các Ban LĐLĐ tỉnh"])
        #expect(plan.archive == ["VP", "CSPL&QHLD"])
    }

    @Test("Ninh Bình 2025: TP Ninh Bình and Hoa Lư merge into TP Hoa Lư, and their unions follow")
    func ninhBinhMerge() throws {
        let tree = try load("ninh-binh").organisation
        let before = date("2024-12-31"), after = date("2025-01-01")
        #expect(tree.parent(of: "cdcs-hoa-lu-01", at: before)?.id == "ldld-hoa-lu")
        #expect(tree.parent(of: "cdcs-hoa-lu-01", at: after)?.id == "ldld-tp-hoa-lu")
        #expect(tree.parent(of: "cdcs-ninh-binh-01", at: after)?.id == "ldld-tp-hoa-lu")
        let merged = tree.children(of: "ldld-tp-hoa-lu", at: after).count
        #expect(merged == tree.children(of: "ldld-hoa-lu", at: before).count + tree.children(of: "ldld-tp-ninh-binh", at: before).count)
        #expect(tree.children(of: "ldld-tp-hoa-lu", at: before).isEmpty)
    }

    @Test("Cao Bằng 2019: no number; 13 district federations in 2019, 10 from February 2020")
    func caoBang() throws {
        let workspace = try load("cao-bang")
        let letter = try #require(workspace.directives.first)
        #expect(letter.number == nil)
        #expect(letter.numberLine == nil)
        #expect(letter.type == .officialLetter)
        #expect(letter.date == date("2019-10-10"))
        #expect(letter.addressees.count == 3)
        #expect(letter.legalBases.map(\.number) == ["726/HD-TLĐ", "217-QĐ/TW", "589/QĐ-TLĐ", "218-QĐ/TW", "17-HD/ĐĐ-LĐLĐ"])
        #expect(letter.signer.name == "Phạm Đức Khôi")
        #expect(letter.signer.note == "(đã ký)")

        let report = try #require(letter.obligations.first)
        #expect(report.periods == [.month, .quarter, .year])
        let tree = workspace.organisation
        func federations(on text: String) -> Int {
            report.reporters.select(at: date(text), in: tree).filter { $0.kind == "district-federation" }.count
        }
        #expect(federations(on: "2019-12-31") == 13)
        #expect(federations(on: "2020-02-01") == 10)
        // Grassroots unions directly under the province report too; those under a district do not.
        let reporters2019 = report.reporters.select(at: date("2019-12-31"), in: tree)
        #expect(reporters2019.contains { $0.id == "cdcs-tinh-01" })
        #expect(!reporters2019.contains { $0.id == "cdcs-thong-nong-01" })
        // Thông Nông's unions belong to Hà Quảng after the merger.
        #expect(tree.parent(of: "cdcs-thong-nong-01", at: date("2020-03-01"))?.id == "ldld-ha-quang")
        #expect(tree.parent(of: "cdcs-phuc-hoa-01", at: date("2020-03-01"))?.id == "ldld-quang-hoa")
    }

    @Test("Bến Tre 558-CV/ĐUK: a Party letter; mass organisations report to their Party committee")
    func benTre() throws {
        let workspace = try load("ben-tre")
        let letter = try #require(workspace.directive("558-CV/ĐUK"))
        #expect(letter.issuer.kind == .party)
        #expect(letter.issuer.name == "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh")
        #expect(letter.issuer.superior == "Đảng bộ tỉnh Bến Tre")
        #expect(letter.numberLine == "Số 558-CV/ĐUK")
        #expect(letter.date == date("2022-03-11"))
        #expect(letter.signer.authorityLine == "T/M BAN THƯỜNG VỤ")
        #expect(letter.signer.title == "PHÓ BÍ THƯ")
        #expect(letter.signer.name == "Phạm Hữu Dự")
        #expect(letter.legalBases.first?.number == "1889-CV/TU")
        #expect(letter.taskGroups.last?.assignee == UnitSelector(units: ["duk"], department: "ban-tuyen-giao"))

        let report = try #require(letter.obligations.first)
        #expect(report.periods == [.sixMonths, .year])
        let tree = workspace.organisation
        let reporters = report.reporters.select(at: letter.date, in: tree)
        #expect(reporters.contains { $0.id == "doan-khoi" })
        #expect(reporters.allSatisfy { $0.level == "mass-organisation" })
        #expect(tree.parent(of: "doan-khoi", at: letter.date)?.id == "duk")
        #expect(tree.parent(of: "cd-01", at: letter.date)?.id == "dcs-01")
    }
}
