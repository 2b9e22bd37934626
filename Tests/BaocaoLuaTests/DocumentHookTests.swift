import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// The document hook: pandoc's filter semantics over the blocks of a document.
@Suite("The document hook")
struct DocumentHookTests {
    static let document = OfficialDocument(blocks: [
        .header(DocumentHeader(layout: .state, issuer: "Liên đoàn Lao động tỉnh", number: "  /BC-LĐLĐ", place: "Tây Ninh",
                               date: CalendarDate(year: 2023, month: 11, day: 2))),
        .title(DocumentTitle(type: "Báo cáo", subject: "Kết quả năm 2023")),
        .heading(level: 1, [TextRun("I. TÌNH HÌNH")]),
        .paragraph([TextRun("Có "), TextRun("12/14", bold: true), TextRun(" báo cáo.")]),
        .table(DocumentTable(caption: "Bảng", columns: ["Đơn vị", "Tỷ lệ"], rows: [["A", "50%"]])),
        .recipients(RecipientList(recipients: ["UBND tỉnh (qua Sở Nội vụ)"], archive: ["VT"])),
        .signature(Signer(authority: .onBehalf, onBehalfOf: "BAN THƯỜNG VỤ", title: "PHÓ CHỦ TỊCH", name: "Dương Đại Lộc")),
    ])
    static let context = DocumentContext(kind: "consolidated-report", directive: "kh-1", period: Period(parsing: "2023")!,
                                         asOf: CalendarDate(year: 2023, month: 11, day: 2)!)

    func shaped(_ lua: String, plugins: [(String, String)] = []) throws -> (OfficialDocument, [RuleProblem]) {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("shaper", hooks: ["document"], lua: lua)
        for (name, source) in plugins { try fixtures.add(name, hooks: ["document"], after: ["national", "shaper"], lua: source) }
        let chain = try fixtures.chain(["national", "shaper"] + plugins.map(\.0))
        let result = chain.shape(Self.document, context: Self.context)
        return (result, chain.takeProblems())
    }

    @Test("nil keeps every block")
    func keeps() throws {
        let (document, problems) = try shaped("return { document = function(block, doc) return nil end }")
        #expect(document == Self.document)
        #expect(problems.isEmpty)
    }

    @Test("A block replaces, a list splices, {} removes; emphasis crosses as ** marks")
    func replaceSpliceRemove() throws {
        let (document, problems) = try shaped("""
            return { document = function(block, doc)
              if block.type == "paragraph" then
                block.text = block.text .. " (" .. doc.period.id .. ", " .. doc.as_of .. ")"
                return block
              end
              if block.type == "table" then return {} end
              if block.type == "heading" then
                return { block, baocao.document.paragraph("Thêm *một* đoạn."), baocao.document.list({ "a", "b" }) }
              end
              if block.type == "header" then block.layout = "party"; block.number = "12-BC/ĐUK"; return block end
              if block.type == "signature" then block.authority = "T/M"; return block end
            end }
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(document.layout == .party)
        #expect(document.header?.numberLine == "Số 12-BC/ĐUK")
        #expect(document.blocks.count == Self.document.blocks.count + 1)
        #expect(document.blocks[3] == .paragraph([TextRun("Thêm "), TextRun("một", italic: true), TextRun(" đoạn.")]))
        #expect(document.blocks[4] == .list([[TextRun("a")], [TextRun("b")]]))
        #expect(document.blocks[5] == .paragraph([TextRun("Có "), TextRun("12/14", bold: true), TextRun(" báo cáo. (2023, 2023-11-02)")]))
        #expect(!document.blocks.contains { $0.kind == "table" })
        if case .signature(let signer) = document.blocks.last { #expect(signer.authorityLine == "T/M BAN THƯỜNG VỤ") }
    }

    @Test("A failing hook is reported with plugin, file and line; its pass is dropped whole and later plugins still run")
    func failureIsContained() throws {
        let (document, problems) = try shaped("""
            return { document = function(block, doc)
              if block.type == "title" then block.subject = "ĐỔI"; return block end
              if block.type == "table" then error("no table for me") end
            end }
            """, plugins: [("later", """
            return { document = function(block) if block.type == "title" then block.subject = "Sau"; return block end end }
            """)])
        #expect(problems.count == 1)
        #expect(problems.first?.plugin == "shaper")
        #expect(problems.first?.message.contains("shaper/plugin.lua:3: no table for me") == true, "\(problems)")
        #expect(document.title?.subject == "Sau", "the later plugin ran on the document as it was before 'shaper'")
        #expect(document.blocks.count == Self.document.blocks.count)
    }

    @Test("A value that is not a block is refused with what a block is", arguments: [
        ("return { type = 'picture' }", "'picture' is not a block type"),
        ("return 42", "a block is a table with a 'type'"),
        ("return { type = 'header', layout = 'royal', issuer = 'X', place = 'Y' }", "a header's layout is 'state' or 'party', not 'royal'"),
        ("return { type = 'paragraph' }", "a 'paragraph' block needs the text 'text'"),
        ("return { type = 'signature', authority = 'BY', title = 'T', name = 'N' }", "a signature's authority is one of"),
    ])
    func badBlocks(_ body: String, _ message: String) throws {
        let (document, problems) = try shaped("return { document = function(block) if block.type == 'heading' then \(body) end end }")
        #expect(document == Self.document)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
        #expect(problems.first?.message.contains("shaper/plugin.lua:1") == true)
    }

    @Test("An endless loop in the hook is stopped by the budget and the document is kept")
    func endlessLoop() throws {
        let (document, problems) = try shaped("return { document = function(block) while true do end end }")
        #expect(document == Self.document)
        #expect(problems.first?.message.contains("shaper/plugin.lua:1") == true, "\(problems)")
    }
}

extension DocumentHookTests {
    @Test("A block turned into more blocks than a document can mean is refused, and the document kept")
    func tooManyBlocks() throws {
        let (document, problems) = try shaped("""
            return { document = function(block, doc)
              local many = {}
              for i = 1, 5000 do many[i] = baocao.document.paragraph('x') end
              return many
            end }
            """)
        #expect(document == Self.document)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("shaper/plugin.lua:1: the hook made 5000 blocks") == true, "\(problems)")
    }
}
