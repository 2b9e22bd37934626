import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where Chromium is, when it is installed.
let chromiumPath: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// `baocao serve` seen through a real browser: headless Chromium loads the pages on a loopback
/// port and the test reads what a person would see. `make test` installs Chromium (Debian's
/// `chromium`) when it is missing.
@Suite("baocao serve in headless Chromium", .serialized, .enabled(if: chromiumPath != nil, "Chromium is not installed (make test installs it)"))
struct BrowserTests {
    static let chromium = chromiumPath

    let cli = CLITests()

    /// A port nobody listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page's DOM after Chromium rendered it.
    static func dom(_ url: String) throws -> String {
        try run(chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom", url])
    }

    /// The numbers of the status page's level table, per level: expected, on time, late, missing.
    static func levelFigures(_ html: String) -> [String: [Int]] {
        var figures: [String: [Int]] = [:]
        let rows = html.components(separatedBy: "<tr data-level=\"").dropFirst()
        for row in rows {
            let level = String(row.prefix { $0 != "\"" })
            var numbers: [Int] = []
            for css in ["expected", "on-time", "late", "missing"] {
                guard let range = row.range(of: "class=\"num \(css)\">") else { continue }
                numbers.append(Int(row[range.upperBound...].prefix { $0.isNumber }) ?? -1)
            }
            figures[level] = numbers
        }
        return figures
    }

    @Test("The status page shows 'baocao status'; a valid upload with the unit's token changes it, a bad one changes nothing")
    func portal() throws {
        let (workspace, scratch) = try RenderCommandTests().workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let token = try cli.baocao("token", workspace.path, "--unit", "ldld-ben-cau").output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("bc_") && token.count == 67)

        let port = Self.freePort()
        let server = Process()
        server.executableURL = CLITests.binary
        server.arguments = ["serve", workspace.path, "--port", "\(port)", "--as-of", "2023-11-02"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? Self.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/api/status"])) == "200"
            if !ready { usleep(100_000) }
        }
        try #require(ready, "baocao serve did not answer on \(base)")

        // What 'baocao status' says, level by level.
        struct Status: Decodable { struct Rate: Decodable { var group: String; var expected, onTime, late, missing: Int }; var byLevel: [Rate] }
        func cliFigures(asOf: String = "2023-11-02") throws -> [String: [Int]] {
            let json = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", asOf, "--format", "json").output
            let status = try JSONDecoder().decode(Status.self, from: Data(json.utf8))
            return Dictionary(uniqueKeysWithValues: status.byLevel.map { ($0.group, [$0.expected, $0.onTime, $0.late, $0.missing]) })
        }
        let before = try Self.dom(base + "/status?period=2023")
        #expect(before.contains("Tình hình báo cáo"))
        #expect(Self.levelFigures(before) == (try cliFigures()), "the page shows what 'baocao status' prints")
        #expect(Self.levelFigures(before)["district"]?[3] == 11)

        // A bad file: refused, its problem beside its row, the page's figures unchanged.
        let bad = scratch.appendingPathComponent("ben-cau-bad.csv")
        try """
            directive,obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach,narrative
            439/KH-LĐLĐ,bao-cao-ket-qua,ldld-ben-cau,2023,2023-11-02 09:00,năm mươi,50,có,
            """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try Self.run("/usr/bin/curl", ["-s", "-F", "token=\(token)", "-F", "file=@\(bad.path)", base + "/units/ldld-ben-cau/submissions?period=2023"])
        #expect(refused.contains("không được lưu"))
        #expect(refused.contains("<tr class=\"bad\"><td class=\"num\">2</td>"))
        #expect(Self.levelFigures(try Self.dom(base + "/status?period=2023")) == Self.levelFigures(before))

        // The same row, right, with another unit's token: refused too.
        let good = scratch.appendingPathComponent("ben-cau.csv")
        try """
            directive,obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach,narrative
            439/KH-LĐLĐ,bao-cao-ket-qua,ldld-ben-cau,2023,2023-11-02 09:00,52,50,có,Gửi qua cổng.
            """.write(to: good, atomically: true, encoding: .utf8)
        let other = try cli.baocao("token", workspace.path, "--unit", "ldld-go-dau").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let wrong = try Self.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-F", "token=\(other)", "-F", "file=@\(good.path)", base + "/units/ldld-ben-cau/submissions"])
        #expect(wrong == "403")

        var vietnam = Calendar(identifier: .gregorian)
        vietnam.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let parts = vietnam.dateComponents([.year, .month, .day], from: Date())
        let today = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        let beforeToday = try cliFigures(asOf: today)
        // With its own token: stored, received at the server's clock (today), whatever the file says
        // (02/11/2023): as of 02/11/2023 it has not arrived yet.
        let stored = try Self.run("/usr/bin/curl", ["-s", "-F", "token=\(token)", "-F", "file=@\(good.path)", base + "/units/ldld-ben-cau/submissions?period=2023"])
        #expect(stored.contains("Đã lưu 1 báo cáo từ tệp ben-cau.csv."))
        #expect(Self.levelFigures(try Self.dom(base + "/status?period=2023")) == Self.levelFigures(before), "not arrived by 02/11/2023")
        let after = Self.levelFigures(try Self.dom(base + "/status?period=2023&asOf=\(today)"))
        #expect(after == (try cliFigures(asOf: today)), "the page shows what 'baocao status' prints as of today")
        #expect(after == beforeToday, "Bến Cầu had reported on 05/11/2023 (the example's files): today's file is a resubmission")
        let unitPage = try Self.dom(base + "/units/ldld-ben-cau?period=2023&asOf=\(today)")
        #expect(unitPage.contains("ben-cau.csv</td>"))
        #expect(unitPage.contains("Chậm 4 ngày"), "on time or late by its first arrival, 05/11/2023")

        // A phone-sized picture of the status page, to look at.
        let out = CLITests.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let picture = out.appendingPathComponent("portal-status-phone.png")
        _ = try Self.run(Self.chromium!, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                                          "--window-size=412,900", "--screenshot=\(picture.path)", base + "/status?period=2023"])
        let size = (try? FileManager.default.attributesOfItem(atPath: picture.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "a screenshot of the page")
    }
}
