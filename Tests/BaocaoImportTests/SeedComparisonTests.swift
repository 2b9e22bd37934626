import BaocaoCore
import BaocaoImport
import Foundation
import Testing

/// `baocao import` of each seed against the example workspace's directive written by hand from the
/// same seed, on the fields an official checks: number, date, issuer, legal bases, targets,
/// reports' deadline, receiver and channel, recipients and signer.
@Suite("Import of the seeds equals the hand-written example directives")
struct SeedComparisonTests {
    static func pair(_ fixture: String, _ workspace: String) throws -> (imported: ImportedDirective, example: Directive, workspace: Workspace) {
        let (imported, loaded, _) = try Fixtures.imported(fixture, workspace: workspace)
        let example = try #require(loaded.directives.first)
        return (imported, example, loaded)
    }

    @Test("Heading, legal bases, recipients and signer", arguments: Fixtures.seeds.map(\.fixture))
    func heading(_ fixture: String) throws {
        let workspace = try #require(Fixtures.seeds.first { $0.fixture == fixture }).workspace
        let (imported, example, _) = try Self.pair(fixture, workspace)
        let directive = try #require(imported.directive, "required fields missing: \(imported.missing)")
        #expect(directive.type == example.type)
        #expect(directive.number == example.number)
        #expect(directive.date == example.date)
        #expect(directive.place == example.place)
        #expect(directive.subject == example.subject.replacingOccurrences(of: "\n", with: " "))
        #expect(directive.issuer.name == example.issuer.name)
        #expect(directive.issuer.kind == example.issuer.kind)
        #expect(directive.issuer.unit == example.issuer.unit)
        // The union seeds' transcriptions carry no header: the examples name the superior from
        // outside the text, the import reports it missing.
        if let superior = directive.issuer.superior { #expect(superior == example.issuer.superior) }
        else { #expect(imported.missing.contains { $0.field == "superior" }) }
        func basis(_ item: LegalBasis) -> String {
            [item.type.rawValue, item.number ?? "-", item.date?.description ?? "-", item.issuer ?? "-"].joined(separator: " | ")
        }
        #expect(directive.legalBases.map(basis) == example.legalBases.map(basis))
        #expect(directive.addressees == example.addressees)
        #expect(directive.recipients == example.recipients)
        #expect(directive.archive == example.archive)
        #expect(directive.signer == example.signer)
    }

    @Test("Tây Ninh: the six targets (seven values) and the 01/11/2023 deadline to UBND tỉnh through Sở Nội vụ")
    func tayNinh() throws {
        let (imported, example, _) = try Self.pair("001-tay-ninh.txt", "tay-ninh")
        let directive = try #require(imported.directive)
        func target(_ item: IndicatorTarget) -> String {
            [item.id, item.item ?? "-", item.target.description, String(item.isAspirational), item.ratedBy ?? "-"].joined(separator: " | ")
        }
        #expect(directive.indicators.map(target) == example.indicators.map(target))
        #expect(Set(directive.indicators.compactMap(\.item)).count == 6)
        for expected in example.obligations where expected.note == nil {
            let found = directive.obligations.first { $0.deadline == expected.deadline && $0.routes == expected.routes }
            #expect(found != nil, "no imported report due \(expected.deadline?.description ?? "-") to \(expected.routes)")
            #expect(Set(found?.reporters.levels ?? []) == Set(expected.reporters.levels))
        }
        let year = try #require(directive.obligations.first { $0.routes.first?.to == .organisation("ubnd-tinh") })
        #expect(year.deadline == CalendarDate(year: 2023, month: 11, day: 1))
        #expect(year.routes == [Route(to: .organisation("ubnd-tinh"), through: "so-noi-vu")])
    }

    @Test("Ninh Bình: the six-monthly and year-end reports to LĐLĐ tỉnh through Ban CSPL&QHLĐ, and to the direct superior")
    func ninhBinh() throws {
        let (imported, example, _) = try Self.pair("000-ninh-binh.txt", "ninh-binh")
        let directive = try #require(imported.directive)
        for expected in example.obligations {
            let found = directive.obligations.first { $0.routes == expected.routes }
            #expect(found != nil, "no imported report to \(expected.routes)")
            #expect(found?.periods == expected.periods)
            #expect(found?.reporters == expected.reporters)
            #expect(found?.item == expected.item)
        }
        #expect(directive.obligations.count == example.obligations.count)
        #expect(directive.taskGroups.map(\.item) == example.taskGroups.map(\.item))
        #expect(directive.taskGroups.map(\.assignee) == example.taskGroups.map(\.assignee))
    }

    @Test("Cao Bằng: no number, and the monthly, quarterly, yearly report to LĐLĐ tỉnh without guessing who reports")
    func caoBang() throws {
        let (imported, example, workspace) = try Self.pair("003-cao-bang.txt", "cao-bang")
        #expect(imported.directive?.number == nil && example.number == nil)
        #expect(imported.missing.contains { $0.field == "number" })
        let report = try #require(imported.draft.reports.first)
        let expected = try #require(example.obligations.first)
        let matcher = UnitMatcher(tree: workspace.organisation, province: workspace.province)
        #expect(report.receivers.map { matcher.organisation($0).id } == expected.routes.map { $0.to.description })
        #expect(report.periods == expected.periods)
        // "CĐCS trực thuộc LĐLĐ tỉnh" is not a whole level: who reports is left to a person.
        #expect(report.from.isEmpty)
        #expect(imported.missing.contains { $0.field.hasSuffix(".from") && $0.reason.contains("addressees") })
    }

    @Test("Bến Tre: a Party letter; the six-monthly report's receiver is not in the text and is reported missing")
    func benTre() throws {
        let (imported, example, _) = try Self.pair("004-ben-tre.txt", "ben-tre")
        let directive = try #require(imported.directive)
        #expect(directive.issuer.kind == .party && directive.numberLine == "Số 558-CV/ĐUK")
        #expect(directive.issuer.superior == example.issuer.superior)
        #expect(directive.obligations.isEmpty)
        #expect(imported.missing.contains { $0.field.hasPrefix("reports") && $0.reason.contains("not to whom") })
    }
}
