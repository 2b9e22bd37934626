import Foundation

/// A line a plugin logged with `baocao.log.info`, `baocao.log.warn` or `print`.
public struct PluginLogEntry: Sendable, Hashable {
    public enum Level: String, Sendable { case debug, info, warn }

    public var plugin: String
    public var level: Level
    public var message: String

    /// "[tay-ninh] warn: …" on standard error, leaving standard output to the command's result.
    public static let printToStandardError: @Sendable (PluginLogEntry) -> Void = { entry in
        FileHandle.standardError.write(Data("[\(entry.plugin)] \(entry.level.rawValue): \(entry.message)\n".utf8))
    }
}
