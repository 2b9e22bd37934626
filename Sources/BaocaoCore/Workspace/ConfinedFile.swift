import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file only when its real path — every symbolic link followed, `..` resolved — lies
/// inside a folder's real path: how a plugin's files (its main file, its modules, its templates)
/// stay inside the plugin. A link inside the folder to another file inside it is fine; a link,
/// or a linked folder, that leads out of it is refused.
public enum ConfinedFile {
    /// Why a file was not read.
    public enum Refusal: Error, Sendable, Equatable {
        /// There is no such file, or it is not UTF-8 text.
        case unreadable
        /// The file's real path lies outside the folder's.
        case outside(realPath: String, folder: String)
    }

    /// The real path of `path` (symbolic links followed), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `folder` or lies below it; both are real paths.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path == folder || path.hasPrefix(prefix)
    }

    /// The text of `relative` in `folder`, read from its real path once that is known to lie
    /// inside the folder's real path.
    public static func read(_ relative: String, in folder: URL) throws(Refusal) -> String {
        guard let root = realPath(folder.path),
              let real = realPath(folder.appendingPathComponent(relative).path) else { throw .unreadable }
        guard isInside(real, root) else { throw .outside(realPath: real, folder: root) }
        guard let text = try? String(contentsOfFile: real, encoding: .utf8) else { throw .unreadable }
        return text
    }
}
