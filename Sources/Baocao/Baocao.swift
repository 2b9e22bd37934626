// The library product for programs that embed Baocao: the model (organisations, directives,
// obligations, indicators, submissions), workspace loading with located diagnostics, the scheduler,
// and the Lua plugin host (sandboxed states, plugin chains, the `baocao` module).
@_exported import BaocaoCore
@_exported import BaocaoImport
@_exported import BaocaoLua
@_exported import BaocaoStore
@_exported import BaocaoDocument

/// The version of the Baocao library.
public enum BaocaoVersion {
    /// Semantic version of this release.
    public static let string = "0.1.0"
}
