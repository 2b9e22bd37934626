import BaocaoCore
import Foundation

/// Reads the end of a directive: the recipients ("Nơi nhận"), the archive line ("Lưu: VT, …") and
/// the signature block ("TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / (đã ký) / name").
struct FooterReader {
    let lines: [TextLine]
    let from: Int

    static let authority = Pattern.regex("^(TM|T/M|T\\.M|KT|K/T|Q|TL|TUQ)\\s*[.:]?\\s+(\\p{Lu}.*)$")
    /// Titles of a head who signs in their own name, without TM./KT. above.
    static let headTitles = ["chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc", "pho giam doc",
                             "truong ban", "pho truong ban", "chanh van phong", "pho chanh van phong"]

    /// The index of the first footer line (recipients or signature), if the text has one.
    func start() -> Int? {
        [recipientsIndex(), signerIndex() ?? headTitleIndex()].compactMap { $0 }.min()
    }

    /// A title in capitals on a line of its own near the end ("CHỦ TỊCH"), for a head who signs
    /// without TM./KT.: the last such line, with a name after it.
    private func headTitleIndex() -> Int? {
        (from..<lines.count).last { index in
            let line = lines[index]
            guard VietnameseText.isAllCaps(line.clean), Self.headTitles.contains(line.folded) else { return false }
            return (index + 1..<min(lines.count, index + 8)).contains { Self.looksLikeName(lines[$0].clean) }
        }
    }

    private func recipientsIndex() -> Int? {
        (from..<lines.count).first { lines[$0].folded.hasPrefix("noi nhan") }
    }

    private func signerIndex() -> Int? {
        (from..<lines.count).last { index in
            guard let groups = Pattern.groups(Self.authority, in: lines[index].clean), let rest = groups[2] else { return false }
            return VietnameseText.isAllCaps(rest)
        }
    }

    func read(into draft: inout DirectiveDraft) {
        readRecipients(into: &draft)
        readSigner(into: &draft)
    }

    private func readRecipients(into draft: inout DirectiveDraft) {
        guard let index = recipientsIndex() else {
            draft.miss("recipients", "no 'Nơi nhận' list (the text may be cut off before it)")
            draft.miss("archive", "no 'Nơi nhận' list, so no 'Lưu' line")
            return
        }
        var next = index + 1
        var started = false
        var entries: [TextLine] = []
        let heading = lines[index].clean
        if let colon = heading.firstIndex(of: ":"), !heading[heading.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty {
            let rest = heading[heading.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            entries.append(TextLine(number: lines[index].number, raw: rest, clean: rest))
            started = true
        }
        while next < lines.count {
            let line = lines[next]
            if line.isBlank {
                if started { break }
                next += 1
                continue
            }
            let listed = line.clean.hasPrefix("-") || line.clean.hasPrefix("+") || line.clean.hasPrefix("•")
            guard listed || line.folded.hasPrefix("luu ") || line.folded == "luu" else { break }
            started = true
            entries.append(line)
            next += 1
        }
        for line in entries {
            var item = line.clean
            while let first = item.first, "-+• ".contains(first) { item.removeFirst() }
            item = VietnameseText.trimListPunctuation(item)
            if VietnameseText.fold(item).hasPrefix("luu") {
                var places = String(item.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                if places.hasPrefix(":") { places.removeFirst() }
                for place in places.components(separatedBy: ",") {
                    let name = VietnameseText.trimListPunctuation(place)
                    if !name.isEmpty { draft.archive.append(Extracted(name, line: line.number)) }
                }
            } else if !item.isEmpty {
                draft.recipients.append(Extracted(item, line: line.number))
            }
        }
        if draft.recipients.isEmpty { draft.miss("recipients", "the 'Nơi nhận' list is empty", line: lines[index].number) }
        if draft.archive.isEmpty { draft.miss("archive", "no 'Lưu: …' line under 'Nơi nhận'", line: lines[index].number) }
    }

    private func readSigner(into draft: inout DirectiveDraft) {
        guard let index = signerIndex(), let groups = Pattern.groups(Self.authority, in: lines[index].clean),
              let code = groups[1], let body = groups[2] else {
            if let index = headTitleIndex() {
                // The head signs in their own name: the title, then the name.
                var signer = DraftSigner(authority: nil, onBehalfOf: nil, title: lines[index].clean, name: nil, note: nil,
                                         line: lines[index].number, nameLine: nil)
                signer.titleLine = lines[index].number
                for next in index + 1..<min(lines.count, index + 8) where !lines[next].isBlank {
                    if lines[next].folded.contains("da ky") || lines[next].clean.hasPrefix("(") { signer.note = lines[next].clean; signer.noteLine = lines[next].number; continue }
                    if Self.looksLikeName(lines[next].clean) { signer.name = lines[next].clean; signer.nameLine = lines[next].number }
                    break
                }
                draft.signer = signer
                return
            }
            draft.miss("signer", "no signature block (TM., KT., T/M … above the title and name); the text may be cut off")
            return
        }
        let authority: SigningAuthority? = switch code {
        case "TM": .onBehalf
        case "T/M", "T.M": .partyOnBehalf
        case "KT", "K/T": .forHead
        case "Q": .acting
        case "TL": .byOrder
        case "TUQ": .byDelegation
        default: nil
        }
        var signer = DraftSigner(authority: authority, onBehalfOf: VietnameseText.collapseSpaces(body), title: nil,
                                 name: nil, note: nil, line: lines[index].number, nameLine: nil)
        var next = index + 1
        var titleParts: [String] = []
        while next < lines.count, next <= index + 14 {
            let line = lines[next]
            next += 1
            if line.isBlank { continue }
            if signer.name == nil, VietnameseText.isAllCaps(line.clean), !line.folded.hasPrefix("noi nhan") {
                if titleParts.isEmpty || lines[next - 2].isBlank == false {
                    if titleParts.isEmpty { signer.titleLine = line.number }
                    titleParts.append(line.clean)
                }
                continue
            }
            if line.folded.contains("da ky") || line.clean.hasPrefix("(") {
                signer.note = line.clean
                signer.noteLine = line.number
                continue
            }
            if Self.looksLikeName(line.clean) {
                signer.name = line.clean
                signer.nameLine = line.number
            }
            break
        }
        if !titleParts.isEmpty { signer.title = titleParts.joined(separator: " ") }
        if signer.title == nil { draft.miss("signer.title", "no title in capitals under '\(lines[index].clean)'", line: lines[index].number) }
        if signer.name == nil { draft.miss("signer.name", "no name under the signature block; the text may be cut off", line: lines[index].number) }
        draft.signer = signer
    }

    /// "Trần Kim Long": two to six words, each starting with a capital.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && !VietnameseText.isAllCaps(text)
    }
}
