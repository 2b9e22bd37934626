import BaocaoCore
import Foundation
import Testing

/// Where a program is on the PATH, when it is installed.
func installedProgram(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Whether python3 can import openpyxl (`pip install openpyxl`).
let openpyxlImports: Bool = {
    guard let python = installedProgram("python3") else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", "import openpyxl"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

/// `--format xlsx`: the workbook `baocao status` writes holds the numbers `--format json` gives,
/// read back by the project's own reader, by LibreOffice and by openpyxl; the other commands'
/// workbooks hold their rows; a workbook is never printed on a terminal.
@Suite("--format xlsx, end to end")
struct XLSXOutputTests {
    let cli = CLITests()

    func ingestedWorkspace() throws -> (workspace: URL, scratch: URL) { try IngestCommandTests().ingestedWorkspace() }

    static let statusArguments = ["--period", "2023", "--as-of", "2023-11-02"]

    /// The status JSON's rates.
    struct StatusOutput: Decodable {
        struct Rate: Decodable {
            var group: String
            var expected, received, onTime, late, missing, notYetDue: Int
            var reportingRate, onTimeRate: Double?
        }
        struct Entry: Decodable { var unit: String; var obligation: String; var submissions: Int }
        var entries: [Entry]
        var total: Rate
        var byLevel: [Rate]
        var byParent: [Rate]
        var rollup: [Rate]
        var byObligation: [Rate]
    }

    func statusJSON(_ workspace: URL) throws -> StatusOutput {
        let run = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        return try JSONDecoder().decode(StatusOutput.self, from: Data(run.output.utf8))
    }

    /// `rates` as the rate sheets write them: group, name, expected, received, on time, late,
    /// missing, not yet due, reporting rate, on-time rate.
    func expectSheet(_ rows: [[String]], equals rates: [StatusOutput.Rate], _ sheet: String) {
        #expect(rows.first == ["group", "name", "expected", "received", "on_time", "late", "missing", "not_yet_due",
                               "reporting_rate", "on_time_rate"], "\(sheet)")
        #expect(rows.count == rates.count + 1, "\(sheet): \(rows.count - 1) rows, the JSON has \(rates.count)")
        for (row, rate) in zip(rows.dropFirst(), rates) {
            #expect(row[0] == rate.group, "\(sheet)")
            #expect(row[2...7].map { Int(Double($0) ?? -1) } == [rate.expected, rate.received, rate.onTime, rate.late, rate.missing,
                                                                rate.notYetDue], "\(sheet) \(rate.group)")
            for (text, number) in [(row[8], rate.reportingRate), (row[9], rate.onTimeRate)] {
                if let number {
                    // LibreOffice writes a cell formatted as a percentage with its sign: 73.7037037037037%.
                    let read = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
                    #expect(abs((read ?? -1) - number) < 1e-9, "\(sheet) \(rate.group): \(text) against \(number)")
                } else {
                    #expect(text.isEmpty)
                }
            }
        }
    }

    /// A sheet read by the project's reader as rows of text, each as wide as the header.
    func rows(_ url: URL, sheet: String) throws -> [[String]] {
        let read = try XLSXSheet(url: url, sheet: sheet)
        let width = (read.rows.first?.cells.keys.max() ?? -1) + 1
        return read.rows.map { row in (0..<width).map { row.cells[$0] ?? "" } }
    }

    @Test("status --format xlsx --output: every sheet holds the JSON's numbers, read back with the project's XLSX reader")
    func statusWorkbook() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("status.xlsx")
        let run = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "xlsx", "--output", file.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("status.xlsx: 6 sheets (Báo cáo, Tổng, Tổng hợp theo đơn vị, Theo cấp, Theo đơn vị cấp trên, Theo báo cáo)"))
        let json = try statusJSON(workspace)
        #expect(try XLSXSheet(url: file).sheetNames == ["Báo cáo", "Tổng", "Tổng hợp theo đơn vị", "Theo cấp", "Theo đơn vị cấp trên", "Theo báo cáo"])
        expectSheet(try rows(file, sheet: "Tổng"), equals: [json.total], "Tổng")
        expectSheet(try rows(file, sheet: "Tổng hợp theo đơn vị"), equals: json.rollup, "Tổng hợp theo đơn vị")
        expectSheet(try rows(file, sheet: "Theo cấp"), equals: json.byLevel, "Theo cấp")
        expectSheet(try rows(file, sheet: "Theo đơn vị cấp trên"), equals: json.byParent, "Theo đơn vị cấp trên")
        expectSheet(try rows(file, sheet: "Theo báo cáo"), equals: json.byObligation, "Theo báo cáo")
        // The hand count of IngestCommandTests.exampleStatus, added up.
        #expect((json.total.expected, json.total.onTime, json.total.late, json.total.missing) == (270, 192, 7, 71))
        let reports = try rows(file, sheet: "Báo cáo")
        #expect(reports.count == json.entries.count + 1)
        #expect(reports.dropFirst().map { [$0[0], $0[4], $0[10]] } == json.entries.map { [$0.unit, $0.obligation, "\($0.submissions)"] })
        let tanBien = try #require(reports.first { $0[0] == "ldld-tp-tay-ninh" && $0[4] == "bao-cao-ket-qua" })
        #expect(tanBien[1] == "LĐLĐ thành phố Tây Ninh", "Vietnamese kept")
        #expect(tanBien[6] == "2023-11-01", "the deadline a date")
        #expect(tanBien[9] == "2023-10-29 14:45", "the first arrival a time")
        // The CSV output has the same rows, then (after an empty line) the rates.
        let csv = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "csv"])
        let blocks = csv.output.components(separatedBy: "\r\n\r\n")
        #expect(blocks.count == 2)
        #expect(blocks[0].split(separator: "\r\n").count == reports.count)
        #expect(blocks[1].hasPrefix("breakdown,group,name,expected") && blocks[1].contains("total,all,Tổng,\(json.total.expected),"))
    }

    @Test("status --format xlsx converted by LibreOffice gives the JSON's numbers",
          .enabled(if: installedProgram("soffice") != nil, "LibreOffice (soffice) is not installed"))
    func libreOffice() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("status.xlsx")
        let run = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "xlsx", "--output", file.path])
        #expect(run.status == 0, "\(run.errors)")
        let out = scratch.appendingPathComponent("converted")
        // Comma, quote, UTF-8, first line as is, …, cells as stored (not as shown), every sheet to a file of its own.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(installedProgram("soffice")))
        process.arguments = ["-env:UserInstallation=file://\(scratch.path)/lo-profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try statusJSON(workspace)
        func sheet(_ name: String) throws -> [[String]] {
            let text = try String(contentsOf: out.appendingPathComponent("status-\(name).csv"), encoding: .utf8)
            return text.split(whereSeparator: \.isNewline).map { line in
                // The rate sheets' names hold no comma or quote; the names of units may be quoted.
                var cells: [String] = [], cell = "", quoted = false
                for character in line {
                    if character == "\"" { quoted.toggle(); continue }
                    if character == ",", !quoted { cells.append(cell); cell = ""; continue }
                    cell.append(character)
                }
                return cells + [cell]
            }
        }
        expectSheet(try sheet("Tổng"), equals: [json.total], "Tổng")
        expectSheet(try sheet("Theo cấp"), equals: json.byLevel, "Theo cấp")
        expectSheet(try sheet("Theo báo cáo"), equals: json.byObligation, "Theo báo cáo")
        #expect(try sheet("Báo cáo").count == json.entries.count + 1)
    }

    @Test("status --format xlsx read by openpyxl gives the JSON's numbers",
          .enabled(if: openpyxlImports, "python3 cannot import openpyxl (pip install openpyxl)"))
    func openpyxl() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("status.xlsx")
        let run = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "xlsx", "--output", file.path])
        #expect(run.status == 0, "\(run.errors)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(installedProgram("python3")))
        process.arguments = ["-c", """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            def text(value):
                return "" if value is None else (str(int(value)) if isinstance(value, (int, float)) and float(value).is_integer() else str(value))
            print(json.dumps({sheet.title: [[text(v) for v in row] for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}))
            """, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let sheets = try JSONDecoder().decode([String: [[String]]].self, from: data)
        let json = try statusJSON(workspace)
        expectSheet(try #require(sheets["Tổng"]), equals: [json.total], "Tổng")
        expectSheet(try #require(sheets["Tổng hợp theo đơn vị"]), equals: json.rollup, "Tổng hợp theo đơn vị")
        expectSheet(try #require(sheets["Theo cấp"]), equals: json.byLevel, "Theo cấp")
        expectSheet(try #require(sheets["Theo đơn vị cấp trên"]), equals: json.byParent, "Theo đơn vị cấp trên")
        expectSheet(try #require(sheets["Theo báo cáo"]), equals: json.byObligation, "Theo báo cáo")
        #expect(sheets["Báo cáo"]?.count == json.entries.count + 1)
    }

    @Test("schedule, indicators and remind write a sheet of the rows their JSON lists")
    func otherCommands() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        func count(_ arguments: [String], member: String) throws -> Int {
            let run = try cli.baocao(arguments + ["--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
            return (object?[member] as? [Any])?.count ?? -1
        }
        let schedule = ["schedule", workspace.path, "--from", "2023-10-01", "--to", "2023-11-30"]
        let file = scratch.appendingPathComponent("lich.xlsx")
        #expect(try cli.baocao(schedule + ["--format", "xlsx", "--output", file.path]).status == 0)
        let due = try rows(file, sheet: "Lịch báo cáo")
        #expect(due.count == (try count(schedule, member: "reports")) + 1)
        #expect(due.first?.first == "deadline")

        let indicators = ["indicators", workspace.path, "--directive", "439/KH-LĐLĐ", "--period", "2023", "--as-of", "2023-11-02"]
        #expect(try cli.baocao(indicators + ["--format", "xlsx", "--output", file.path]).status == 0)
        let targets = try rows(file, sheet: "Chỉ tiêu")
        #expect(targets.count == (try count(indicators, member: "indicators")) + 1)
        #expect(targets.count == 8, "seven targets")
        let failing = try rows(file, sheet: "Đơn vị không đạt")
        #expect(failing.count - 1 == targets.dropFirst().reduce(0) { $0 + (Int($1[9]) ?? 0) })

        let remind = ["remind", workspace.path, "--as-of", "2023-11-02"]
        #expect(try cli.baocao(remind + ["--format", "xlsx", "--output", file.path]).status == 0)
        let reminders = try rows(file, sheet: "Nhắc báo cáo")
        let run = try cli.baocao(remind + ["--format", "json"])
        let groups = try #require((try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(reminders.count == groups.reduce(0) { $0 + (($1["reports"] as? [Any])?.count ?? 0) } + 1)
    }

    @Test("The plugins' problems are a sheet \"Vấn đề\" of status, schedule and remind: the JSON's problems")
    func problemSheet() throws {
        let (workspace, cleanup) = try ProblemChannelTests.brokenRoute()
        defer { cleanup() }
        let file = URL(fileURLWithPath: workspace).deletingLastPathComponent().appendingPathComponent("problems.xlsx")
        for command in [["status", workspace, "--period", "2023", "--as-of", "2023-11-05"],
                        ["schedule", workspace, "--from", "2023-10-01", "--to", "2023-11-30"],
                        ["remind", workspace, "--as-of", "2023-10-25"]] {
            let run = try cli.baocao(command + ["--format", "xlsx", "--output", file.path])
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.errors.contains("the hook routed to 'no-such-unit'"), "still told on standard error")
            let json = try cli.baocao(command + ["--format", "json"])
            let problems = try #require((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(!problems.isEmpty)
            let sheet = try rows(file, sheet: "Vấn đề")
            #expect(sheet.first == ["plugin", "hook", "subject", "message", "traceback"])
            #expect(sheet.dropFirst().map { [$0[0], $0[1], $0[3]] }
                    == problems.map { [$0["plugin"] as? String ?? "", $0["hook"] as? String ?? "", $0["message"] as? String ?? ""] }, "\(command[0])")
        }
        // Without problems there is no such sheet.
        let (clean, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try cli.baocao(["status", clean.path] + Self.statusArguments + ["--format", "xlsx", "--output", file.path]).status == 0)
        #expect(try !XLSXSheet(url: file).sheetNames.contains("Vấn đề"))
    }

    @Test("A workbook goes to standard output when it is piped; --output writes the table formats too")
    func standardOutput() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let piped = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "xlsx"])
        #expect(piped.status == 0)
        #expect(piped.output.hasPrefix("PK"), "a ZIP package")
        let file = scratch.appendingPathComponent("status.json")
        let written = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "json", "--output", file.path])
        #expect(written.output.isEmpty)
        let printed = try cli.baocao(["status", workspace.path] + Self.statusArguments + ["--format", "json"])
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.output)
    }

    @Test("A workbook is not printed on a terminal: the command says to give --output or redirect",
          .enabled(if: installedProgram("script") != nil, "script (util-linux), which gives a command a terminal, is not installed"))
    func terminal() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // `script` runs the command on a pseudo-terminal of its own.
        let command = ([CLITests.binary.path, "status", workspace.path] + Self.statusArguments + ["--format", "xlsx"]).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(installedProgram("script")))
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("standard output is a terminal; give --output FILE.xlsx, or redirect"), "\(text)")
        #expect(!text.contains("PK"))
    }
}
