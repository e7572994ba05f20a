import Catalogue
import JSON

/// The parts of `catalogue.json` for prices by kind of school and sessions that recur before their
/// days are fixed.
extension CatalogueJSON {
    static func kindCost(_ price: KindCost) -> JSONValue {
        ["kind": .string(price.kind.rawValue), "kind_label": .string(SiteStrings.english.schoolKind(price.kind)), "cost": cost(price.cost)]
    }

    static func recurring(_ session: RecurringSession, _ catalogue: Catalogue) -> JSONValue {
        let status: SessionStatus = session.invitation ? .invitation : .tbc
        return [
            "recurs": .string(session.recurs), "start": .text(session.start?.description), "end": .text(session.end?.description),
            "venue": .text(session.venue), "places": .integer(session.places),
            "status": .string(status.rawValue), "status_label": .string(SiteStrings.english.status(status)),
        ]
    }
}
