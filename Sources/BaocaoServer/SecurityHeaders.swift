import Crypto
import Foundation
import Hummingbird

/// Adds the headers that tell a browser to trust nothing but the portal's own page to every
/// answer, errors and 404s included:
///
/// - `Content-Security-Policy`: nothing loads but the page itself; its one stylesheet is allowed by
///   its SHA-256 (the pages have no script, no image and no inline style attribute); forms post only
///   to the portal; no page may be framed (`frame-ancestors 'none'`, against clickjacking the upload
///   form), and no `<base>` may move its links.
/// - `X-Content-Type-Options: nosniff`: a CSV or a plain-text error is never run as HTML or script.
/// - `X-Frame-Options: DENY`, for browsers older than `frame-ancestors`.
/// - `Referrer-Policy: no-referrer`: a portal link followed elsewhere does not tell which unit's page
///   it came from.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    /// The policy, with the hash of ``HTMLPage/css``.
    static var contentSecurityPolicy: String {
        let digest = Data(SHA256.hash(data: Data(HTMLPage.css.utf8))).base64EncodedString()
        return "default-src 'none'; style-src 'sha256-\(digest)'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    let policy = Self.contentSecurityPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // What Hummingbird would answer for an error of no HTTP kind, with the headers too.
            response = try HTTPError(.internalServerError).response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
