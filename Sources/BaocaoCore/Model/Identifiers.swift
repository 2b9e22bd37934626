/// The id of an organisation unit or external body in a workspace, such as `ldld-tinh`.
public typealias UnitID = String
/// The id of a level in a workspace, such as `district`.
public typealias LevelID = String
/// The id of a unit kind in a workspace, such as `public-agency`.
public typealias KindID = String
/// The id of a department inside a unit or body, such as `ban-cspl-qhld`.
public typealias DepartmentID = String
/// The id of a directive: its file name in `directives/` without `.yaml`.
public typealias DirectiveID = String
/// The id of a reporting obligation, unique inside its directive.
public typealias ObligationID = String
/// The id of a value a report carries, unique inside its obligation.
public typealias FieldID = String
