/// Text that comes from a plugin, cut to a length the host shows: error messages, problems and
/// log lines. A plugin cannot fill standard error or a page with one message.
public enum LuaText {
    /// The longest message or log line kept whole, in bytes (the C shim's BAOCAO_MESSAGE_LIMIT).
    public static let messageLimit = 4096

    /// `text` cut to at most `limit` bytes of UTF-8, never inside a character, followed by
    /// "… (N bytes more)" when something was cut.
    public static func cut(_ text: String, limit: Int = messageLimit) -> String {
        let count = text.utf8.count
        guard count > limit else { return text }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { cut($0, limit: limit) }
    }

    /// The bytes of a Lua string as text, cut as ``cut(_:limit:)`` does, without copying more
    /// than `limit` bytes.
    static func cut(_ bytes: UnsafeRawBufferPointer, limit: Int) -> String {
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        // Back off to the start of a character (continuation bytes are 10xxxxxx), at most three
        // bytes: past that the text is not UTF-8 and is cut where it is.
        var end = limit
        while end > 0, end > limit - 3, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let prefix = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        return prefix + "… (\(bytes.count - end) bytes more)"
    }
}
