import BaocaoCore
import Foundation

/// Reads the end of a directive: the recipients ("Nơi nhận"), the archive line ("Lưu: VT, …") and
/// the signature block ("TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / (đã ký) / name").
struct FooterReader {
    let lines: [TextLine]
    let from: Int

    static let authority = Pattern.regex("^(TM|T/M|T\\.M|KT|Q|TL|TUQ)\\s*[.:]?\\s+(\\p{Lu}.*)$")

    /// The index of the first footer line (recipients or signature), if the text has one.
    func start() -> Int? {
        [recipientsIndex(), signerIndex()].compactMap { $0 }.min()
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
        while next < lines.count {
            let line = lines[next]
            if line.isBlank {
                if started { break }
                next += 1
                continue
            }
            guard line.clean.hasPrefix("-") || line.clean.hasPrefix("+") || line.clean.hasPrefix("•") else { break }
            started = true
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
            next += 1
        }
        if draft.recipients.isEmpty { draft.miss("recipients", "the 'Nơi nhận' list is empty", line: lines[index].number) }
        if draft.archive.isEmpty { draft.miss("archive", "no 'Lưu: …' line under 'Nơi nhận'", line: lines[index].number) }
    }

    private func readSigner(into draft: inout DirectiveDraft) {
        guard let index = signerIndex(), let groups = Pattern.groups(Self.authority, in: lines[index].clean),
              let code = groups[1], let body = groups[2] else {
            draft.miss("signer", "no signature block (TM., KT., T/M … above the title and name); the text may be cut off")
            return
        }
        let authority: SigningAuthority? = switch code {
        case "TM": .onBehalf
        case "T/M", "T.M": .partyOnBehalf
        case "KT": .forHead
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
            if line.isBlank { if !titleParts.isEmpty, signer.name == nil { continue } else { continue } }
            if signer.name == nil, VietnameseText.isAllCaps(line.clean), !line.folded.hasPrefix("noi nhan") {
                if titleParts.isEmpty || lines[next - 2].isBlank == false {
                    if titleParts.isEmpty { signer.titleLine = line.number }
                    titleParts.append(line.clean)
                }
                continue
            }
            if line.folded.contains("da ky") || line.clean.hasPrefix("(") {
                signer.note = line.clean
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
