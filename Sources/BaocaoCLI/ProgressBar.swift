import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal: for
/// large files. Elsewhere (a log, CI) nothing is drawn and the plain result lines tell the story.
struct ProgressBar {
    let label: String
    let enabled = isatty(2) == 1
    private var lastDrawn = -1

    init(label: String) { self.label = label }

    mutating func update(_ done: Int, of total: Int) {
        guard enabled, total >= 200 else { return }
        let percent = done * 100 / max(total, 1)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let filled = percent / 5
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: 20 - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
