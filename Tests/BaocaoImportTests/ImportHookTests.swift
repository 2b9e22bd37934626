import BaocaoCore
import BaocaoImport
import BaocaoLua
import Foundation
import Testing

/// The `import` hook: province patterns applied after the built-in rules; failures contained and
/// reported with plugin, file and line.
@Suite("The import hook")
struct ImportHookTests {
    /// A throw-away plugin `name` (after `national`) over the Tây Ninh workspace.
    static func chain(_ name: String, lua: String) throws -> PluginChain {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-import-plugins-\(UUID().uuidString)")
        let plugin = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try "name: \(name)\nversion: 0.0.1\napi: 1\nhooks: [import]\nafter: [national]\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try lua.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        var workspace = try WorkspaceLoader(path: Fixtures.example("tay-ninh")).load()
        workspace.plugins = ["national", name]
        let locator = PluginLocator(searchPaths: [folder.path, Fixtures.root.appendingPathComponent("plugins").path])
        return try PluginChain(workspace: workspace, locator: locator)
    }

    static let source = SourceText(path: "letter.txt", text: """
        Số: 12/CV-LĐLĐ
        Tây Ninh, ngày 02 tháng 3 năm 2024
        V/v báo cáo quý
        Đề nghị các đơn vị gửi báo cáo quý về Phòng Tổng hợp của Văn phòng vào ngày 25 tháng cuối quý.
        """)

    @Test("A hook adds a report and replaces a field, each with its line")
    func additions() throws {
        let chain = try Self.chain("province", lua: """
            return { import = function(request)
              for number, line in ipairs(request.lines) do
                if line:find("Phòng Tổng hợp", 1, true) then
                  return {
                    { field = "report", line = number, title = "Báo cáo quý", to = "LĐLĐ tỉnh", through = "Văn phòng",
                      periods = { "quarter" }, from = { "district" } },
                    { field = "superior", line = 1, value = "Tổng Liên đoàn Lao động Việt Nam" },
                  }
                end
              end
            end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        #expect(chain.takeProblems().isEmpty)
        let report = try #require(draft.reports.first)
        #expect(report.addedBy == "province" && report.line == 4 && report.periods == [.quarter] && report.from == [.district])
        #expect(draft.superior == Extracted("Tổng Liên đoàn Lao động Việt Nam", line: 1))
        #expect(!draft.missing.contains { $0.field == "superior" || $0.field == "reports" })
        #expect(draft.pluginNotes.map(\.plugin) == ["province", "province"])
        let matcher = UnitMatcher(tree: chain.context.workspace.organisation, province: "Tây Ninh")
        let built = DirectiveBuilder(draft: draft, matcher: matcher).build()
        #expect(built.yaml.contains("to: ldld-tinh"))
    }

    @Test("The hook sees the draft the built-in rules found")
    func seesDraft() throws {
        let chain = try Self.chain("province", lua: """
            return { import = function(request)
              assert(request.draft.number == "12/CV-LĐLĐ", tostring(request.draft.number))
              assert(request.draft.type == "official-letter")
              assert(#request.lines == 4)
              return { field = "subject", line = 3, value = request.draft.subject .. " (đã đọc)" }
            end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        #expect(chain.takeProblems().isEmpty)
        #expect(draft.subject?.value == "báo cáo quý (đã đọc)")
    }

    @Test("A failing hook is reported with plugin, file and line, and the built-in results stay")
    func failure() throws {
        let chain = try Self.chain("broken", lua: """
            return { import = function(request)
              local missing = nil
              return missing.field
            end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        let problems = chain.takeProblems()
        let problem = try #require(problems.first)
        #expect(problem.plugin == "broken" && problem.hook == "import")
        #expect(problem.message.contains("plugin.lua:3"), "\(problem.message)")
        #expect(draft.number?.value == "12/CV-LĐLĐ")
    }

    @Test("An addition without its line is refused whole, located at the hook")
    func noLine() throws {
        let chain = try Self.chain("sloppy", lua: """
            return { import = function(request)
              return { { field = "number", value = "99/KH-X", line = 1 }, { field = "place", value = "Huế" } }
            end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        let problem = try #require(chain.takeProblems().first)
        #expect(problem.message.contains("plugin.lua:1") && problem.message.contains("'line'"), "\(problem.message)")
        #expect(draft.number?.value == "12/CV-LĐLĐ", "none of the hook's additions is applied")
        #expect(draft.place?.value == "Tây Ninh")
    }

    @Test("A line number at the edges is refused, located at the hook",
          arguments: ["math.huge", "-math.huge", "0/0", "-1", "0", "5", "2^63", "1e308", "math.mininteger", "math.maxinteger"])
    func edgeLine(_ line: String) throws {
        let chain = try Self.chain("edgy", lua: """
            return { import = function(request) return { { field = "number", value = "99/KH-X", line = \(line) } } end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        let problem = try #require(chain.takeProblems().first)
        #expect(problem.message.contains("edgy/plugin.lua:1:") && problem.message.contains("no 'line' between 1 and 4"), "\(problem.message)")
        #expect(draft.number?.value == "12/CV-LĐLĐ")
    }

    @Test("An indicator's target at the edges: a finite number is taken and shown, the others refused",
          arguments: ["inf", "-inf", "nan", "-1", "1e400", "101%", "nan%", "1e308", "9223372036854775808"])
    func edgeTarget(_ target: String) throws {
        let chain = try Self.chain("edgy", lua: """
            return { import = function(request) return { { field = "indicator", item = "1", target = "\(target)", text = "Chỉ tiêu", line = 4 } } end }
            """)
        let draft = DirectiveExtractor(source: Self.source).extract(rules: chain)
        let problems = chain.takeProblems()
        let matcher = UnitMatcher(tree: chain.context.workspace.organisation, province: "Tây Ninh")
        let yaml = DirectiveBuilder(draft: draft, matcher: matcher).build().yaml
        if ["1e308", "9223372036854775808"].contains(target) {
            #expect(problems.isEmpty, "\(problems)")
            let indicator = try #require(draft.indicators.first)
            #expect(indicator.target == .count(Double(target)!))
            #expect(yaml.contains("target: \(indicator.target)"), "\(yaml)")
        } else {
            let problem = try #require(problems.first)
            #expect(problem.message.contains("edgy/plugin.lua:1:") && problem.message.contains("'target'"), "\(problem.message)")
            #expect(draft.indicators.isEmpty)
        }
    }

    @Test("Tây Ninh's hook adds the self-scoring dossier due 01/11/2023 to Sở Nội vụ")
    func tayNinh() throws {
        let (imported, _, chain) = try Fixtures.imported("001-tay-ninh.txt", workspace: "tay-ninh")
        #expect(chain.takeProblems().isEmpty)
        let dossier = try #require(imported.directive?.obligations.first { $0.routes == [Route(to: .organisation("so-noi-vu"))] })
        #expect(dossier.deadline == CalendarDate(year: 2023, month: 11, day: 1))
        #expect(dossier.item == "IV.1, IV.2")
        #expect(Set(dossier.reporters.levels) == ["province", "district"])
        #expect(imported.draft.reports.first { $0.addedBy == "tay-ninh" } != nil)
    }
}

/// A hook changes a report the built-in rules read: its channel in the province's own words.
@Suite("The import hook changes a report")
struct ImportHookChangeTests {
    @Test("'through' on the line of a report sets its channel; on a line without one it is refused")
    func channel() throws {
        let text = SourceText(path: "k.txt", text: """
            Số: 8/KH-LĐLĐ
            Tây Ninh, ngày 02 tháng 3 năm 2024
            KẾ HOẠCH
            Việc
            I. TỔ CHỨC THỰC HIỆN
            1. Đối với LĐLĐ các huyện
            - Định kỳ 6 tháng báo cáo kết quả về LĐLĐ tỉnh, gửi Ban Chính sách.
            """)
        let chain = try ImportHookTests.chain("province", lua: """
            return { import = function(request)
              for number, line in ipairs(request.lines) do
                if line:find("gửi Ban Chính sách", 1, true) then
                  return { { field = "through", line = number, value = "Ban Chính sách Pháp luật và Quan hệ Lao động" } }
                end
              end
            end }
            """)
        let draft = DirectiveExtractor(source: text).extract(rules: chain)
        #expect(chain.takeProblems().isEmpty)
        #expect(draft.reports.first?.channel == "Ban Chính sách Pháp luật và Quan hệ Lao động")
        let matcher = UnitMatcher(tree: chain.context.workspace.organisation, province: "Tây Ninh")
        #expect(DirectiveBuilder(draft: draft, matcher: matcher).build().yaml.contains("through: ban-cspl-qhld"))

        let wrong = try ImportHookTests.chain("province", lua: """
            return { import = function(request) return { { field = "through", line = 1, value = "Văn phòng" } } end }
            """)
        _ = DirectiveExtractor(source: text).extract(rules: wrong)
        #expect(wrong.takeProblems().first?.message.contains("no report was read from line 1") == true)
    }
}
