import Baocao
@testable import BaocaoServer
import BaocaoStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 22: an answer asked again is served from what was made, until the store changes.
@Suite("baocao serve: answers kept while the store is unchanged")
struct AnswerCacheTests {
    @Test("The same status twice is made once; a file stored by the portal, or by another connection (another process's ingest), makes it again with the new figures")
    func keptUntilTheStoreChanges() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        // An hour: a full run may hold this test up for a minute between two requests.
        let portal = Portal(service: service, configuration: PortalConfiguration(asOf: CalendarDate(parsing: PortalTests.asOf)!,
                                                                                 answerLifetime: .seconds(3600)))
        let token = try service.issueToken(unit: "ldld-ben-cau")
        try await portal.application().test(.router) { client in
            // The unit's history: every submission stored for it, whatever the day asked.
            let received = { () async throws -> (Int, String) in
                try await client.execute(uri: "/api/units/ldld-ben-cau?period=2023", method: .get) { response in
                    let body = String(buffer: response.body)
                    let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
                    return ((json?["history"] as? [Any])?.count ?? -1, body)
                }
            }
            let (first, firstBody) = try await received()
            let (second, secondBody) = try await received()
            #expect(first == second && firstBody == secondBody)
            #expect(portal.cache.counts == (hits: 1, misses: 1), "\(portal.cache.counts)")
            // Another order of the same query is the same answer.
            _ = try await client.execute(uri: "/api/status?unit=ldld-ben-cau&period=2023", method: .get) { $0.status }
            _ = try await client.execute(uri: "/api/status?period=2023&unit=ldld-ben-cau", method: .get) { $0.status }
            #expect(portal.cache.counts.hits == 2, "\(portal.cache.counts)")

            // Handed in on the portal: the next answer is made again and counts it.
            try await client.execute(uri: "/api/units/ldld-ben-cau/submissions?filename=ben-cau.csv", method: .post,
                                     headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: PortalTests.validCSV)) { response in
                #expect(response.status == .created)
            }
            let (afterUpload, _) = try await received()
            #expect(afterUpload == first + 1, "\(first) → \(afterUpload)")

            // Stored through a connection of its own, as `baocao ingest` in another process does.
            let other = try SubmissionStore(workspaceFolder: service.folder)
            let version = service.storeVersion()
            let resubmitted = PortalTests.validCSV.replacingOccurrences(of: "2023-11-02 09:00,52", with: "2023-11-02 10:00,53")
            let rows = try SubmissionFileReader(workspace: service.workspace).read(url: try Self.file(resubmitted), path: "other.csv")
            _ = try other.ingest(rows, from: "other.csv", content: Data(resubmitted.utf8))
            #expect(service.storeVersion() != version, "another connection's commit changes the version")
            let misses = portal.cache.counts.misses
            _ = try await received()
            #expect(portal.cache.counts.misses == misses + 1, "made again after another connection stored a file")
            #expect(try await received().0 == first + 2)
        }
    }

    @Test("An error is never kept; a day asked apart is an answer apart")
    func errorsAndDays() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        let portal = Portal(service: service, configuration: PortalConfiguration(asOf: CalendarDate(parsing: PortalTests.asOf)!,
                                                                                 answerLifetime: .seconds(3600)))
        try await portal.application().test(.router) { client in
            for _ in 0..<2 {
                #expect(try await client.execute(uri: "/api/units/no-such-unit?period=2023", method: .get) { $0.status } == .notFound)
            }
            #expect(portal.cache.counts.hits == 0)
            _ = try await client.execute(uri: "/api/status?period=2023&asOf=2023-10-01", method: .get) { $0.status }
            _ = try await client.execute(uri: "/api/status?period=2023", method: .get) { $0.status }
            #expect(portal.cache.counts.hits == 0, "02/11 is not 01/10")
        }
    }

    @Test("An answer older than its lifetime is made again, though the store is unchanged")
    func lifetime() async throws {
        let (service, cleanup) = try PortalTests.service()
        defer { cleanup() }
        let portal = Portal(service: service, configuration: PortalConfiguration(asOf: CalendarDate(parsing: PortalTests.asOf)!,
                                                                                 answerLifetime: .zero))
        try await portal.application().test(.router) { client in
            for _ in 0..<2 { _ = try await client.execute(uri: "/api/status?period=2023", method: .get) { $0.status } }
        }
        #expect(portal.cache.counts == (hits: 0, misses: 2))
    }

    static func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-cache-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
