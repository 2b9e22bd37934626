import Foundation
import ZIPFoundation

extension Archive {
    /// Every part's modification time: a fixed moment, so that the same content gives the same
    /// bytes (a DOCX, a workbook) whenever it is written.
    package static let partStamp = Date(timeIntervalSince1970: 1_700_000_000)

    /// Adds `data` as the part at `path` of an Office Open XML package built in memory: deflated,
    /// or stored as it is when `compressed` is false (a workbook inside a DOCX is already one).
    package func addPart(_ path: String, _ data: Data, compressed: Bool = true) throws {
        try addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.partStamp,
                     compressionMethod: compressed ? .deflate : .none) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
