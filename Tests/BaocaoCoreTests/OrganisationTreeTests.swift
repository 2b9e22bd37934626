import Testing
@testable import BaocaoCore

@Suite("Organisation tree over time")
struct OrganisationTreeTests {
    let tree = OrganisationTree(
        levels: [Level(id: "province", name: "Tỉnh"), Level(id: "district", name: "Huyện"), Level(id: "grassroots", name: "Cơ sở")],
        kinds: [],
        units: [
            OrganisationUnit(id: "p", name: "P", level: "province"),
            OrganisationUnit(id: "a", name: "A", level: "district", parent: "p", validUntil: CalendarDate(parsing: "2020-02-01"), mergedInto: "b"),
            OrganisationUnit(id: "b", name: "B", level: "district", parent: "p", validUntil: CalendarDate(parsing: "2025-07-01"), mergedInto: "p"),
            OrganisationUnit(id: "new", name: "New", level: "district", parent: "p", validFrom: CalendarDate(parsing: "2021-01-01")),
            OrganisationUnit(id: "g", name: "G", level: "grassroots", parent: "a"),
        ],
        bodies: [ExternalBody(id: "ubnd", name: "UBND tỉnh")])

    func on(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test("A unit's parent follows merges, step by step")
    func parentFollowsMerges() {
        #expect(tree.parent(of: "g", at: on("2019-12-31"))?.id == "a")
        #expect(tree.parent(of: "g", at: on("2020-02-01"))?.id == "b")
        #expect(tree.parent(of: "g", at: on("2025-07-01"))?.id == "p")
    }

    @Test("Children include those that came through a merger")
    func childrenThroughMerges() {
        #expect(tree.children(of: "b", at: on("2019-01-01")).isEmpty)
        #expect(tree.children(of: "b", at: on("2020-06-01")).map(\.id) == ["g"])
        #expect(tree.children(of: "p", at: on("2020-06-01")).map(\.id) == ["b"])
        #expect(tree.children(of: "p", at: on("2021-06-01")).map(\.id) == ["b", "new"])
    }

    @Test("Units exist only inside their validity dates")
    func validity() {
        #expect(tree.units(at: on("2019-01-01")).map(\.id) == ["p", "a", "b", "g"])
        #expect(tree.units(at: on("2025-07-01")).map(\.id) == ["p", "new", "g"])
    }

    @Test("Selectors pick by level, kind, parent and subtree on a date")
    func selectors() {
        let under = UnitSelector(under: "p")
        #expect(under.select(at: on("2019-01-01"), in: tree).map(\.id) == ["a", "b", "g"])
        let children = UnitSelector(parent: "b")
        #expect(children.select(at: on("2019-01-01"), in: tree).isEmpty)
        #expect(children.select(at: on("2020-03-01"), in: tree).map(\.id) == ["g"])
        #expect(UnitSelector(levels: ["district"]).select(at: on("2022-01-01"), in: tree).map(\.id) == ["b", "new"])
        #expect(UnitSelector().isEverything)
    }

    @Test("Bodies are found by id but are not units")
    func bodies() {
        #expect(tree.body("ubnd")?.name == "UBND tỉnh")
        #expect(tree.unit("ubnd") == nil)
        #expect(tree.name(of: "ubnd") == "UBND tỉnh")
    }
}
