import Hummingbird

/// An upload refused after too many wrong tokens: 429, with when to try again.
struct TooManyWrongTokens: HTTPResponseError {
    var retryAfter: Int
    var status: HTTPResponse.Status { .tooManyRequests }

    /// What the unit's page says.
    var vietnamese: String {
        "Mã nộp báo cáo đã bị nhập sai quá nhiều lần; xin thử lại sau \(max(1, (retryAfter + 59) / 60)) phút, hoặc hỏi cơ quan cấp tỉnh mã mới."
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let message = """
            \(vietnamese)
            Too many wrong tokens; try again in \(retryAfter) s.
            """
        return Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: String(retryAfter)],
                        body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
