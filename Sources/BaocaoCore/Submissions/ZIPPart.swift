import Foundation
import ZIPFoundation

/// One part of a ZIP package (.xlsx, .docx) read whole, within bounds. `make fuzz` found a damaged
/// workbook whose entry claimed more bytes than the file holds, on which ZIPFoundation read on for
/// minutes; and a part that unpacks to gigabytes would fill memory.
package enum ZIPPart {
    /// The most bytes one part may unpack to: far more than an office document's XML needs.
    package static let maximumSize: UInt64 = 256 << 20

    /// Why a part was not read, in words for the user.
    package struct Problem: Error, CustomStringConvertible {
        package let description: String
    }

    /// The bytes of the part at `path`, or nil when the archive has none.
    /// - Parameter fileSize: The size of the archive file: no entry can hold more.
    package static func read(_ path: String, from archive: Archive, fileSize: UInt64, skipCRC32: Bool) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.compressedSize <= fileSize else {
            throw Problem(description: "its part \(path) claims \(entry.compressedSize) bytes, more than the whole file has (\(fileSize))")
        }
        guard entry.uncompressedSize <= maximumSize else {
            throw Problem(description: "its part \(path) unpacks to \(entry.uncompressedSize) bytes, more than \(maximumSize >> 20) MiB")
        }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: skipCRC32) { chunk in
            data.append(chunk)
            guard UInt64(data.count) <= entry.uncompressedSize else {
                throw Problem(description: "its part \(path) unpacks to more bytes than it says it has")
            }
        }
        return data
    }

    /// The size of the file at `url` in bytes (the largest number when it cannot be known).
    package static func fileSize(of url: URL) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.uint64Value ?? .max
    }
}
