import Baocao
@testable import BaocaoServer
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 22: a portal that holds its ground against someone guessing tokens, and tells browsers
/// to trust nothing but its own pages.
@Suite("baocao serve: wrong tokens and security headers")
struct PortalDefenceTests {
    /// Lines the portal logs, kept for the test to read.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    @Test("200 wrong tokens from one address: 10 answered 403, the rest 429 with Retry-After, the right token too until the lockout ends; the log names the address; nothing stored")
    func wrongTokens() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        let right = try service.issueToken(unit: "ldld-ben-cau")
        let before = try service.submissions().count
        let log = Lines()
        var limits = WrongTokenLimits(refuseAfter: 10, refuseAfterForUnit: 1000, lockout: .seconds(600))
        limits.delay = .milliseconds(20)
        let portal = Portal(service: service, configuration: PortalConfiguration(port: 0, asOf: CalendarDate(parsing: PortalTests.asOf)!,
                                                                                 wrongTokens: limits, log: log.add))
        let started = ContinuousClock.now
        try await portal.application().test(.live) { client in
            var statuses: [HTTPResponse.Status: Int] = [:]
            var retryAfter: Set<String> = []
            for attempt in 0..<200 {
                let token = "bc_" + String(format: "%064d", attempt)
                let uri = attempt % 2 == 0 ? "/api/units/ldld-ben-cau/submissions?filename=ben-cau.csv" : "/api/units/ldld-go-dau/submissions?filename=go-dau.csv"
                try await client.execute(uri: uri, method: .post, headers: [.authorization: "Bearer \(token)"],
                                         body: ByteBuffer(string: PortalTests.validCSV)) { response in
                    statuses[response.status, default: 0] += 1
                    if response.status == .tooManyRequests {
                        retryAfter.insert(response.headers[.retryAfter] ?? "none")
                        #expect(String(buffer: response.body).contains("Too many wrong tokens"))
                    }
                }
            }
            #expect(statuses == [.forbidden: 10, .tooManyRequests: 190], "\(statuses)")
            #expect(!retryAfter.contains("none"))
            #expect(retryAfter.compactMap(Int.init).allSatisfy { $0 > 0 && $0 <= 600 }, "\(retryAfter)")
            // The form is refused too, and so is the right token, from this address, until the lockout ends.
            let (headers, body) = PortalTests.multipart(token: right, fileName: "ben-cau.csv", content: PortalTests.validCSV)
            try await client.execute(uri: "/units/ldld-ben-cau/submissions", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] != nil)
                // The unit's page, saying why, in the portal's frame.
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("Mã nộp báo cáo đã bị nhập sai quá nhiều lần"))
            }
        }
        #expect(try service.submissions().count == before)
        let lines = log.all
        #expect(lines.contains { $0.contains("10 wrong tokens from 127.0.0.1 within 10 min") && $0.contains("refused (429) for 10 min") }, "\(lines)")
        #expect(lines.contains { $0.contains("refused (429)") && $0.contains("upload") && $0.contains("from 127.0.0.1") }, "\(lines)")
        // At most a line every ten seconds (a full run may stretch the 200 requests out).
        let seconds = Int((ContinuousClock.now - started).components.seconds)
        #expect(lines.count <= 2 + seconds / 10 + 1, "the log says it once every ten seconds, not 190 times: \(lines)")
    }

    @Test("The throttle: a delay from the third failure, a unit locked from many addresses, a lockout that ends, a right token that forgets the address's failures")
    func throttle() {
        var limits = WrongTokenLimits(refuseAfter: 5, refuseAfterForUnit: 8, lockout: .seconds(60))
        limits.window = .seconds(100)
        limits.delayAfter = 3
        let throttle = TokenThrottle(limits: limits, log: { _ in })
        let start = ContinuousClock.now
        #expect(throttle.verdict(address: "a", unit: "u", now: start) == .check(delay: .zero))
        for _ in 0..<3 { throttle.failed(address: "a", unit: "u", now: start) }
        #expect(throttle.verdict(address: "a", unit: "v", now: start) == .check(delay: limits.delay), "the address is slowed")
        #expect(throttle.verdict(address: "b", unit: "u", now: start) == .check(delay: limits.delay), "the unit is slowed")
        #expect(throttle.verdict(address: "b", unit: "v", now: start) == .check(delay: .zero))
        throttle.succeeded(address: "a")
        #expect(throttle.verdict(address: "a", unit: "v", now: start) == .check(delay: .zero), "a right token forgets the address")
        // Eight addresses, one failure each, for one unit: the unit is locked, for everyone.
        for index in 0..<5 { throttle.failed(address: "x\(index)", unit: "u", now: start) }
        guard case .refuse(let seconds, let because) = throttle.verdict(address: "c", unit: "u", now: start + .seconds(1)) else {
            Issue.record("the unit is not locked")
            return
        }
        #expect(seconds == 60 && because == "for unit u")
        #expect(throttle.verdict(address: "c", unit: "u", now: start + .seconds(61)) == .check(delay: .zero), "the lockout ends")
        // Failures older than the window are forgotten.
        for _ in 0..<4 { throttle.failed(address: "d", unit: "w", now: start) }
        throttle.failed(address: "d", unit: "w", now: start + .seconds(101))
        #expect(throttle.verdict(address: "d", unit: "z", now: start + .seconds(101)) == .check(delay: .zero))
    }

    @Test("Every answer carries nosniff, a strict Content-Security-Policy (the page's stylesheet by its hash, no inline script, frame-ancestors 'none') and Referrer-Policy: pages, the API, a 404, a 400")
    func securityHeaders() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        try await PortalTests.app(service).test(.router) { client in
            for (uri, status) in [("/", HTTPResponse.Status.ok), ("/status?period=2023", .ok), ("/api/status?period=2023", .ok),
                                  ("/nonexistent", .notFound), ("/units/no-such-unit", .notFound), ("/status?period=bad", .badRequest),
                                  ("/report", .ok)] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[.init("Referrer-Policy")!] == "no-referrer", "\(uri)")
                    #expect(response.headers[.init("X-Frame-Options")!] == "DENY", "\(uri)")
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"), "\(uri): \(policy)")
                    #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"), "\(uri): \(policy)")
                    let page = String(buffer: response.body)
                    #expect(!page.contains("<script"), "\(uri)")
                    if let start = page.range(of: "<style>"), let end = page.range(of: "</style>") {
                        // The stylesheet the page carries is the one the policy allows.
                        let css = String(page[start.upperBound..<end.lowerBound])
                        let digest = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
                        #expect(policy.contains("style-src 'sha256-\(digest)'"), "\(uri)")
                        #expect(!page.contains(" style=\""), "no inline style attribute, which the policy would block")
                    }
                }
            }
        }
    }
}

/// Found by schemathesis (scripts/check-api.sh): answers the OpenAPI file did not say, and a day
/// that was not one read as the default.
@Suite("baocao serve: what schemathesis found")
struct SchemathesisFindingsTests {
    @Test("/api/schedule: a day that is not one is 400 (it was read as the default), a window over a year 400, a far year 404")
    func scheduleWindow() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        try await PortalTests.app(service).test(.router) { client in
            for (query, status, words) in [("from=2023-11-01&to=nonsense", HTTPResponse.Status.badRequest, "to 'nonsense' is not a day"),
                                           ("from=2023-13-01", .badRequest, "from '2023-13-01' is not a day"),
                                           ("from=2023-01-01&to=2024-12-31", .badRequest, "longer than 366 days"),
                                           ("from=3000-01-01&to=3000-01-07", .notFound, "no directive of this workspace asks for reports in 3000"),
                                           ("from=2023-11-01&to=2023-11-07", .ok, "")] {
                try await client.execute(uri: "/api/schedule?\(query)", method: .get) { response in
                    #expect(response.status == status, "\(query)")
                    #expect(words.isEmpty || String(buffer: response.body).contains(words), "\(query): \(String(buffer: response.body))")
                }
            }
        }
    }

    @Test("A method a path does not take is 405 with Allow; HEAD is answered where GET is; an unknown directive is 404, as an unknown unit is")
    func methodsAndDirectives() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        try await PortalTests.app(service).test(.router) { client in
            for (uri, method, allow) in [("/api/status", HTTPRequest.Method.delete, "GET, HEAD"), ("/api/status", .init("QUERY")!, "GET, HEAD"),
                                         ("/api/units/ldld-ben-cau/submissions", .get, "POST"), ("/units/ldld-ben-cau", .put, "GET, HEAD")] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                    #expect(response.headers[.allow] == allow)
                }
            }
            #expect(try await client.execute(uri: "/api/status?period=2023&directive=no-such", method: .get) { $0.status } == .notFound)
            // HEAD is answered where GET is, with GET's status and headers.
            try await client.execute(uri: "/status?period=2023", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }
}
