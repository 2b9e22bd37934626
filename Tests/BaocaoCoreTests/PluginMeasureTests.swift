import Foundation
import Testing
@testable import BaocaoCore

/// `measure: plugin`: a target a province's plugin computes.
@Suite("Targets computed by a plugin")
struct PluginMeasureTests {
    func load(indicator: String) throws -> Result<Workspace, WorkspaceError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-measure-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("valid"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("directives/kh-1.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "signer:", with: indicator + "\nsigner:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        do { return .success(try WorkspaceLoader(path: folder.path).load()) } catch { return .failure(error) }
    }

    @Test("measure: plugin needs only the target; other keys are refused")
    func pluginMeasure() throws {
        let good = try load(indicator: "  - { id: chi-tieu-rieng, text: Chỉ tiêu riêng của tỉnh, measure: plugin, target: 80% }")
        let workspace = try good.get()
        #expect(workspace.directives.first?.indicators.last?.measure == .plugin)
        let bad = try load(indicator: "  - { id: chi-tieu-rieng, text: Chỉ tiêu, measure: plugin, target: 80%, population: { levels: [district] } }")
        guard case .failure(let error) = bad else { Issue.record("a plugin measure with a population loaded"); return }
        #expect(error.diagnostics.contains { $0.message.contains("'population' does not apply to measure 'plugin', which uses: no other key") })
    }
}
