import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import BaocaoCore
import ZIPFoundation

/// The text of a Word document: its `word/document.xml`, one line per paragraph (`w:p`), tabs
/// and line breaks kept. Tables come out cell by cell, in reading order.
struct DocxText {
    let path: String

    func text() throws(ImportError) -> String {
        let url = URL(fileURLWithPath: path)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notADocx(path: path, reason: "it is not a zip archive")
        }
        let data: Data
        do {
            guard let part = try ZIPPart.read("word/document.xml", from: archive, fileSize: ZIPPart.fileSize(of: url), skipCRC32: false) else {
                throw ImportError.notADocx(path: path, reason: "it has no word/document.xml")
            }
            data = part
        } catch let error as ImportError {
            throw error
        } catch let problem as ZIPPart.Problem {
            throw .notADocx(path: path, reason: problem.description)
        } catch {
            throw .notADocx(path: path, reason: "word/document.xml cannot be unpacked (\(error))")
        }
        // Foundation's XMLParser on Linux traps on invalid UTF-8 in names (found by fuzzing
        // the XLSX reader): refuse such a part before it reaches the parser.
        guard String(data: data, encoding: .utf8) != nil else {
            throw .notADocx(path: path, reason: "word/document.xml is not UTF-8 text")
        }
        let collector = ParagraphCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw .notADocx(path: path, reason: "word/document.xml is not well-formed XML")
        }
        return collector.paragraphs.joined(separator: "\n")
    }

    /// Collects `w:t` text per `w:p`; `w:tab` is a tab, `w:br`/`w:cr` a line break.
    final class ParagraphCollector: NSObject, XMLParserDelegate {
        var paragraphs: [String] = []
        private var current = ""
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:t": inText = true
            case "w:tab": current += "\t"
            case "w:br", "w:cr": current += "\n"
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                paragraphs.append(current)
                current = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }
    }
}
