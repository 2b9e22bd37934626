/// One numbered task of a directive: "2.5. Định kỳ 6 tháng, cuối năm báo cáo kết quả…".
public struct DirectiveTask: Sendable, Hashable, Codable {
    /// The item number as printed: "2.5", "3", or nil for an unnumbered bullet.
    public var item: String?
    /// The task's text as the directive states it.
    public var text: String
    /// Bullets under the task ("- Tiếp tục tuyên truyền…").
    public var details: [String]

    public init(item: String? = nil, text: String, details: [String] = []) {
        self.item = item
        self.text = text
        self.details = details
    }
}
