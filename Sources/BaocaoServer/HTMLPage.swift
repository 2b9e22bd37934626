import Baocao
import BaocaoDocument
import Foundation
import Hummingbird

/// A server-side HTML page in the portal's frame: Vietnamese labels, a navigation bar, CSS that
/// reads on a phone. No script.
struct HTMLPage: ResponseGenerator {
    var title: String
    var body: String
    var status: HTTPResponse.Status = .ok
    var workspaceName: String
    /// The query (period, asOf) the navigation links keep.
    var query: String = ""
    /// Headers besides the content type (`Retry-After` on a 429).
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let text = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) — \(escape(workspaceName))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><p class="site">\(escape(workspaceName))</p>
            <nav><a href="/\(query)">Tổng quan</a> <a href="/status\(query)">Tình hình báo cáo</a> <a href="/indicators\(query)">Chỉ tiêu</a> <a href="/report\(query)">Báo cáo tổng hợp</a></nav>
            </header>
            <main>
            <h1>\(escape(title))</h1>
            \(body)
            </main>
            </body>
            </html>
            """
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let css = """
        body { font-family: "Times New Roman", "Liberation Serif", serif; margin: 0; color: #111; background: #f6f6f4; font-size: 17px; }
        header { background: #1f4e79; color: #fff; padding: 0.6em 1em; }
        header .site { margin: 0; font-weight: bold; }
        nav a { color: #fff; margin-right: 1em; display: inline-block; padding: 0.2em 0; }
        main { max-width: 1000px; margin: 0 auto; padding: 1em; background: #fff; }
        h1 { font-size: 1.4em; margin-top: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.4em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.95em; }
        th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #e7e6e6; } td.num { text-align: right; white-space: nowrap; }
        .scroll { overflow-x: auto; }
        .on-time { color: #146c2e; } .late { color: #9a6700; } .missing { color: #b3261e; font-weight: bold; } .not-yet-due { color: #555; }
        .met { color: #146c2e; font-weight: bold; } .not-met { color: #b3261e; font-weight: bold; }
        .notice { padding: 0.6em 0.8em; border-left: 4px solid #146c2e; background: #eef7ee; }
        .error { padding: 0.6em 0.8em; border-left: 4px solid #b3261e; background: #fbeeee; }
        tr.bad td { background: #fbeeee; } td.why { color: #b3261e; }
        form { margin: 1em 0; padding: 0.8em; border: 1px solid #ccc; background: #fafafa; }
        label { display: block; margin: 0.4em 0 0.2em; } input[type=text], input[type=password] { width: 100%; max-width: 30em; padding: 0.3em; }
        button { margin-top: 0.6em; padding: 0.4em 1.2em; font-size: 1em; }
        .muted { color: #555; font-size: 0.9em; }
        """
}

func escape(_ text: String) -> String { XMLText.escape(text) }

/// "73,9%".
func percent(_ value: Double?) -> String { ConsolidatedReport.percent(value) }

/// The state of a report in Vietnamese, with its CSS class.
func stateLabel(_ state: ReportState) -> (text: String, css: String) {
    switch state {
    case .onTime: ("Đúng hạn", "on-time")
    case .late(let days): ("Chậm \(days) ngày", "late")
    case .missing: ("Quá hạn, chưa gửi", "missing")
    case .notYetDue: ("Chưa đến hạn", "not-yet-due")
    }
}
