/// A Lua value the host keeps alive in a state's registry, such as a plugin's table of hooks.
/// Valid only for the ``LuaState`` that made it.
public struct LuaReference: Sendable, Hashable {
    let id: Int32
}
