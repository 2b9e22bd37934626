/// A unit as read from a file, with where its references were written, so that checks made once
/// every file is read can point at the right line.
struct UnitRecord {
    var unit: OrganisationUnit
    var location: SourceLocation
    var parentLocation: SourceLocation?
    var mergedIntoLocation: SourceLocation?
}
