import Hummingbird

/// A method a path does not take: 405, with the one it does.
struct MethodNotAllowed: ResponseGenerator {
    var allowed: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .methodNotAllowed, headers: [.allow: allowed, .contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: "\(request.method) is not answered here; use \(allowed).\n")))
    }
}
