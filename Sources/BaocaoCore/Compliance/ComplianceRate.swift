/// Expected against received for a group of reports (a level, or the units under one parent), with
/// the rates health-information systems such as DHIS2 publish: reporting rate = received /
/// expected, on-time rate = received on time / expected. Expected counts every report the units owe
/// for the period, due yet or not.
public struct ComplianceRate: Sendable, Hashable, Codable {
    /// What the group is: a level's id, or a parent unit's id.
    public var group: String
    public var name: String
    public var expected: Int
    public var onTime: Int
    public var late: Int
    public var missing: Int
    public var notYetDue: Int

    public var received: Int { onTime + late }

    /// Received / expected, from 0 to 1; nil when nothing is expected.
    public var reportingRate: Double? { expected == 0 ? nil : Double(received) / Double(expected) }

    /// Received on time / expected.
    public var onTimeRate: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }

    public init(group: String, name: String, entries: [ComplianceEntry]) {
        var counts = Counts()
        for entry in entries { counts.add(entry.state) }
        self.init(group: group, name: name, counts: counts)
    }

    init(group: String, name: String, counts: Counts) {
        self.group = group
        self.name = name
        expected = counts.expected
        onTime = counts.onTime
        late = counts.late
        missing = counts.missing
        notYetDue = counts.notYetDue
    }

    /// The counts of a group, added to one report at a time.
    struct Counts {
        var expected = 0, onTime = 0, late = 0, missing = 0, notYetDue = 0

        mutating func add(_ state: ReportState) {
            expected += 1
            switch state {
            case .onTime: onTime += 1
            case .late: late += 1
            case .missing: missing += 1
            case .notYetDue: notYetDue += 1
            }
        }
    }
}
