import BaocaoCore

/// The model as plugins see it: read-only views with snake_case fields, dates as ISO text
/// ("2023-05-09", which compare correctly with `<`), periods as `{id = "2023-H1", kind =,
/// year =, index =, first_day =, last_day =}`. Documented for plugin authors in
/// `Documentation/PluginReference.md` and `plugins/types/baocao.lua`.
enum ModelViews {
    static func date(_ date: CalendarDate?) -> LuaValue { .optional(date?.description) }

    static func unit(_ unit: OrganisationUnit, tree: OrganisationTree) -> LuaValue {
        .table(.view("unit", [
            "id": .string(unit.id),
            "name": .string(unit.name),
            "short_name": .optional(unit.shortName),
            "level": .string(unit.level),
            "level_rank": tree.rank(ofLevel: unit.level).map { .integer(Int64($0 + 1)) } ?? .nil,
            "kind": .optional(unit.kind),
            "parent": .optional(unit.parent),
            "departments": .table(.list("list of departments", unit.departments.map(department))),
            "valid_from": date(unit.validFrom),
            "valid_until": date(unit.validUntil),
            "merged_into": .optional(unit.mergedInto),
            "sample": .boolean(unit.isSample),
        ]))
    }

    static func body(_ body: ExternalBody) -> LuaValue {
        .table(.view("body", [
            "id": .string(body.id),
            "name": .string(body.name),
            "short_name": .optional(body.shortName),
            "departments": .table(.list("list of departments", body.departments.map(department))),
        ]))
    }

    static func department(_ department: Department) -> LuaValue {
        .table(.view("department", [
            "id": .string(department.id), "name": .string(department.name), "short_name": .optional(department.shortName),
        ]))
    }

    static func units(_ units: [OrganisationUnit], tree: OrganisationTree) -> LuaValue {
        .table(.list("list of units", units.map { unit($0, tree: tree) }))
    }

    static func period(_ period: Period, cutoff: ReportingPeriod? = nil) -> LuaValue {
        .table(.view("period", [
            "id": .string(period.description),
            "kind": .string(period.kind.rawValue),
            "year": .integer(Int64(period.year)),
            "index": .integer(Int64(period.index)),
            "first_day": .string(period.start.description),
            "last_day": .string(period.end.description),
            "cutoff_from": date(cutoff?.cutoffFrom),
            "cutoff_to": date(cutoff?.cutoffTo),
        ]))
    }

    static func reportingPeriod(_ period: ReportingPeriod) -> LuaValue { self.period(period.period, cutoff: period) }

    static func directive(_ directive: Directive) -> LuaValue {
        .table(.view("directive", [
            "id": .string(directive.id),
            "number": .optional(directive.number),
            "type": .string(directive.type.rawValue),
            "date": .string(directive.date.description),
            "place": .string(directive.place),
            "subject": .string(directive.subject),
            "recipients": .table(.list("list of recipients", directive.recipients.map(LuaValue.string))),
            "archive": .table(.list("list of archive", directive.archive.map(LuaValue.string))),
            "issuer": .table(.view("issuer", [
                "name": .string(directive.issuer.name), "unit": .optional(directive.issuer.unit),
                "kind": .string(directive.issuer.kind.rawValue), "superior": .optional(directive.issuer.superior),
            ])),
        ]))
    }

    static func obligation(_ obligation: ReportingObligation) -> LuaValue {
        .table(.view("obligation", [
            "id": .string(obligation.id),
            "title": .string(obligation.title),
            "periods": .table(.list("list of period kinds", obligation.periods.map { .string($0.rawValue) })),
            "deadline": date(obligation.deadline),
            "routes": .table(.list("list of routes", obligation.routes.map { route in
                .table(.view("route", ["to": .string(route.to.description), "through": .optional(route.through)]))
            })),
            "item": .optional(obligation.item),
            "quote": .optional(obligation.quote),
        ]))
    }

    static func route(_ route: ResolvedRoute) -> LuaValue {
        .table(.view("route", [
            "to": .string(route.to),
            "to_name": .string(route.toName),
            "through": .optional(route.through?.id),
            "through_name": .optional(route.through?.name),
            "through_kind": .optional(route.through?.kind.rawValue),
        ]))
    }

    static func calendarDay(_ day: CalendarDay) -> LuaValue {
        .table(.view("calendar day", [
            "date": .string(day.date.description), "name": .string(day.name), "working": .boolean(day.isWorkingDay),
        ]))
    }
}
