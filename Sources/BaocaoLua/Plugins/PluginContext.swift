import BaocaoCore

/// What the `baocao` module answers from, shared by the plugins of one chain: the workspace's
/// organisation, the working calendar (decided by the chain's `calendar` hooks) and where log
/// lines go.
public final class PluginContext {
    public let workspace: Workspace
    /// Where `baocao.log` and `print` write.
    public var log: (PluginLogEntry) -> Void
    /// The working calendar of a year; set by the chain once its plugins are loaded.
    var calendar: ((Int) throws(LuaFunctionError) -> WorkingCalendar)?

    public init(workspace: Workspace, log: @escaping (PluginLogEntry) -> Void = PluginLogEntry.printToStandardError) {
        self.workspace = workspace
        self.log = log
    }

    func workingCalendar(_ year: Int) throws(LuaFunctionError) -> WorkingCalendar {
        guard let calendar else { return WorkingCalendar() }
        return try calendar(year)
    }
}
