import BaocaoImport
import Foundation
import Testing

/// Reading files: the formats, the normalisation, and the errors for input that cannot be imported.
@Suite("Source text")
struct SourceTextTests {
    func temporary(_ name: String, _ data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("Decomposed Unicode (NFD) reads as the composed text")
    func nfd() throws {
        let composed = try SourceText(contentsOf: Fixtures.path("001-tay-ninh.txt"))
        let decomposed = try SourceText(contentsOf: Fixtures.path("001-tay-ninh-nfd.txt"))
        #expect(composed.lines == decomposed.lines)
        let draft = try Fixtures.draft("001-tay-ninh-nfd.txt")
        #expect(draft.number?.value == "439/KH-LĐLĐ")
        #expect(draft.place?.value == "Tây Ninh")
    }

    @Test("A .docx is read paragraph by paragraph, and gives what its text gives")
    func docx() throws {
        let fromWord = try Fixtures.draft("004-ben-tre.docx")
        let fromText = try Fixtures.draft("004-ben-tre.txt")
        #expect(fromWord.fields == fromText.fields)
        #expect(fromWord.number == Extracted("558-CV/ĐUK", line: 10))
    }

    @Test("No-break spaces and spaces inside numbers")
    func spaces() {
        let source = SourceText(path: "x.txt", text: "Số:\u{00A0}98 – KH / BDVTU\nHà Nội,\u{00A0}ngày 9-5-2023\nKẾ HOẠCH\nMột việc\n")
        let draft = DirectiveExtractor(source: source).extract()
        #expect(draft.number == Extracted("98-KH/BDVTU", line: 1))
        #expect(draft.date?.value == CalendarDate(year: 2023, month: 5, day: 9))
        #expect(draft.place?.value == "Hà Nội")
        #expect(draft.subject?.value == "Một việc")
    }

    @Test("A missing file, an unknown extension, an empty file, a .docx that is not one, text not in UTF-8")
    func errors() throws {
        #expect(throws: ImportError.unreadable(path: "/nonexistent/x.txt", reason: "no such file")) {
            try SourceText(contentsOf: "/nonexistent/x.txt")
        }
        let pdf = try temporary("x.pdf", Data("%PDF-1.4".utf8))
        #expect(throws: ImportError.unsupportedFormat(path: pdf, fileExtension: "pdf")) { try SourceText(contentsOf: pdf) }
        let empty = try temporary("empty.txt", Data("  \n\n".utf8))
        #expect(throws: ImportError.empty(path: empty)) { try SourceText(contentsOf: empty) }
        let fake = try temporary("fake.docx", Data("Số: 1/KH-X".utf8))
        #expect(throws: ImportError.notADocx(path: fake, reason: "it is not a zip archive")) { try SourceText(contentsOf: fake) }
        let latin = try temporary("latin.txt", Data([0x53, 0xF4, 0x3A, 0xFF, 0xFE]))
        #expect(throws: ImportError.notText(path: latin)) { try SourceText(contentsOf: latin) }
        #expect(ImportError.empty(path: "a.txt").description.contains("a.txt"))
    }
}

import BaocaoCore
