import Catalogue
import JSON

/// The JSON Schema (draft 2020-12) of `catalogue.json`, written beside it as `catalogue.schema.json`.
///
/// Every object lists all its keys as required (a value that is absent is written as `null`) and
/// allows no others, so the schema is also a test that the document and its description agree.
enum CatalogueSchema {
    static var document: JSONValue {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(CatalogueJSON.schemaURI),
            "title": "Prospectus catalogue",
            "description": "The published CPD offer of one site: settings, staff groups, courses with their sessions, pathways and pages. Drafts are never included. See docs/catalogue-json.md.",
            "type": "object",
            "additionalProperties": false,
            "required": .strings(["schema", "version", "generator", "site", "groups", "courses", "pathways", "pages"]),
            "properties": [
                "schema": ["const": .string(CatalogueJSON.schemaURI), "description": "Identifies this format and its major version."],
                "version": ["const": .int(CatalogueJSON.version), "description": "Schema version; changes only when the format changes incompatibly."],
                "generator": string("The program that wrote the file."),
                "site": ["$ref": "#/$defs/site"],
                "groups": array("#/$defs/group", "Staff groups, by family, then order, then title."),
                "courses": array("#/$defs/course", "Published courses, by title."),
                "pathways": array("#/$defs/pathway", "Pathways, by order, then title."),
                "pages": array("#/$defs/page", "Free pages, by order, then title."),
            ],
            "$defs": [
                "slug": ["type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"],
                "date": ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"],
                "time": ["type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$"],
                "cost": object("A price.", [
                    "text": string("As shown to staff: \"£45\", \"Free\", or the editor's phrase."),
                    "pence": nullable("integer", "The price in pence when it was given as a number, else null."),
                ]),
                "site": object("Settings from site.yml.", [
                    "title": string("The organisation."),
                    "offer": string("The publication's name."),
                    "academic_year": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "description": "e.g. 2026-27."],
                    "academic_year_start": ref("date", "1 September of the academic year."),
                    "academic_year_end": ref("date", "31 August of the academic year."),
                    "url": nullable("string", "Absolute base URL ending in /, or null."),
                    "contact": string("Contact email address."),
                    "timezone": string("tz database name; session times are local to it."),
                    "booking_template": nullable("string", "Booking link template with {code} {slug} {title} {date} {start}."),
                    "feedback_template": nullable("string", "Evaluation form link template."),
                    "interest_template": nullable("string", "Register-interest link template."),
                    "terms": ["type": "array", "items": object("A term.", ["name": string("Term name."), "starts": ref("date", "First day.")])],
                    "stages": ["type": "array", "items": object("A career stage.", ["slug": ref("slug", "Stage slug."), "title": string("Stage title.")])],
                    "families": ["type": "array", "items": ["type": "string"], "description": "Group families in display order."],
                    "strands": ["type": "array", "items": object("A strand of the offer.", [
                        "title": string("Strand title (what courses name)."),
                        "slug": ref("slug", "URL-safe form of the title."),
                        "summary": nullable("string", "Description, or null."),
                    ])],
                    "page": string("Path of the home page, relative to the site root."),
                    "calendar": string("Path of the calendar of every session."),
                ]),
                "group": object("A staff group.", [
                    "slug": ref("slug", "Group slug."),
                    "title": string("Group title."),
                    "family": string("The family it is listed under."),
                    "summary": string("One sentence."),
                    "order": nullable("integer", "Position within its family, or null."),
                    "description_html": string("The group's page text as safe HTML (links relative to its page)."),
                    "page": string("Path of its page."),
                    "url": nullable("string", "Absolute URL of its page, when the site has a url."),
                    "calendar": string("Path of its calendar."),
                    "courses": slugs("Published courses open to the group, by title."),
                ]),
                "course": object("A published course.", [
                    "slug": ref("slug", "Course slug."),
                    "title": string("Title."),
                    "code": nullable("string", "Course code, or null."),
                    "reference": string("The code, or the slug when there is none."),
                    "summary": string("One sentence."),
                    "strand": string("Strand title."),
                    "strand_slug": ref("slug", "URL-safe form of the strand."),
                    "open_to_all": ["type": "boolean", "description": "True when written groups: all."],
                    "groups": slugs("Groups it is open to (every group when open_to_all)."),
                    "all_stages": ["type": "boolean", "description": "True when no stage is named (it is for every stage)."],
                    "stages": slugs("Stages it is for (every stage when all_stages)."),
                    "format": ["enum": .strings(CourseFormat.allCases.map(\.rawValue)), "description": "Delivery format."],
                    "format_label": string("The format as shown to staff."),
                    "provider": nullable("string", "Who delivers it."),
                    "accreditation": nullable("string", "What it leads to."),
                    "cpd_hours": nullable("number", "CPD hours."),
                    "mandatory": ["type": "boolean", "description": "Whether it is mandatory."],
                    "mandatory_for": ["enum": .array(MandatoryAudience.allCases.map { .string($0.rawValue) } + [.null]),
                                      "description": "Whom mandatory training is for: everyone in its groups, or only nominated staff; null when it is not mandatory."],
                    "renewal_months": nullable("integer", "How long the certificate lasts, in months."),
                    "cost": nullableRef("cost", "Price, or null."),
                    "partner_cost": nullableRef("cost", "Price for partner schools, or null."),
                    "costs_by_school": array("#/$defs/kind_cost", "Prices by kind of school (cost written as a mapping), in the order written; empty otherwise."),
                    "modules": ["type": "array", "items": ["type": "string"], "description": "Titles of the modules taken in turn, in order."],
                    "invitation_contact": nullable("string", "Who puts staff forward for sessions by invitation, or null for the site's contact."),
                    "recurring_sessions": array("#/$defs/recurring_session", "Sessions that recur before their days are fixed: never bookable, never in a calendar."),
                    "prerequisites": slugs("Published courses to take first."),
                    "link": nullable("string", "Self-study module or webinar page."),
                    "booking_template": nullable("string", "The booking link template that applies (the course's own, else the site's)."),
                    "interest_url": nullable("string", "Register-interest link, when site.yml has a template."),
                    "feedback_url": nullable("string", "Evaluation form link, when site.yml has a template."),
                    "description_html": string("The course page text as safe HTML (links relative to its page)."),
                    "description_text": string("The same text as plain text."),
                    "page": string("Path of its page."),
                    "url": nullable("string", "Absolute URL of its page, when the site has a url."),
                    "calendar": nullable("string", "Path of its calendar, or null when it has no sessions."),
                    "sessions": array("#/$defs/session", "Sessions, by first day and start."),
                ]),
                "session": object("A bookable date: one day, or a cohort meeting on several days.", [
                    "id": string("Stable id: course slug, first day, start (or 'day') and a number."),
                    "days": ["type": "array", "minItems": 1, "items": ["$ref": "#/$defs/date"], "description": "Every day it meets."],
                    "first_day": ref("date", "First day."),
                    "last_day": ref("date", "Last day."),
                    "start": nullableRef("time", "Start time (local), or null."),
                    "end": nullableRef("time", "End time (local), or null."),
                    "venue": nullable("string", "Venue."),
                    "places": nullable("integer", "Capacity."),
                    "places_left": nullable("integer", "Places left."),
                    "booked": nullable("integer", "Places booked, counted from the trust's booking downloads; null without them, and in the partner edition."),
                    "status": ["enum": .strings(SessionStatus.allCases.map(\.rawValue)), "description": "Status as written."],
                    "status_label": string("The status as shown to staff."),
                    "time_of_day": ["enum": .array(TimeOfDay.allCases.map(\.rawValue).map(JSONValue.string) + [JSONValue.null]),
                                    "description": "School day, twilight, evening… by site.yml's times_of_day, or null (no start time on a weekday)."],
                    "cover_needed": nullable("boolean", "Whether the school must arrange cover, or null when not said."),
                    "term": nullable("string", "The term of its first day."),
                    "booking_url": nullable("string", "Booking link when the status is open (past dates included)."),
                    "calendar": string("Path of its own calendar file."),
                ]),
                "kind_cost": object("The price for one kind of school.", [
                    "kind": ["enum": .strings(SchoolKind.allCases.map(\.rawValue)), "description": "Kind of school, as written."],
                    "kind_label": string("The kind as shown to staff (\"Maintained schools\")."),
                    "cost": ref("cost", "The price."),
                ]),
                "recurring_session": object("A session that recurs before its days are fixed (dates to be confirmed).", [
                    "recurs": string("How often, in the editor's words (\"every half-term\")."),
                    "start": nullableRef("time", "Start time (local), or null."),
                    "end": nullableRef("time", "End time (local), or null."),
                    "venue": nullable("string", "Venue."),
                    "places": nullable("integer", "Capacity."),
                    "status": ["enum": ["tbc", "invitation"], "description": "invitation for places by invitation, else tbc."],
                    "status_label": string("The status as shown to staff."),
                ]),
                "pathway": object("A pathway.", [
                    "slug": ref("slug", "Pathway slug."),
                    "title": string("Title."),
                    "summary": string("One sentence."),
                    "open_to_all": ["type": "boolean", "description": "True when written groups: all."],
                    "groups": slugs("Groups it is written for."),
                    "order": nullable("integer", "Position in the list of pathways."),
                    "description_html": string("Its page text as safe HTML."),
                    "page": string("Path of its page."),
                    "url": nullable("string", "Absolute URL of its page, when the site has a url."),
                    "steps": ["type": "array", "items": object("A step.", [
                        "title": string("Step title."),
                        "stage": nullableRef("slug", "Stage slug, or null."),
                        "summary": nullable("string", "What the step is for."),
                        "courses": slugs("Published courses of the step, in order."),
                    ])],
                ]),
                "page": object("A free page.", [
                    "slug": ref("slug", "Page slug."),
                    "title": string("Title."),
                    "summary": nullable("string", "Summary."),
                    "order": nullable("integer", "Position in the footer links."),
                    "page": string("Path of the page."),
                    "url": nullable("string", "Absolute URL, when the site has a url."),
                ]),
            ],
        ]
    }

    private static func string(_ description: String) -> JSONValue { ["type": "string", "description": .string(description)] }

    private static func nullable(_ type: String, _ description: String) -> JSONValue {
        ["type": [.string(type), "null"], "description": .string(description)]
    }

    private static func ref(_ name: String, _ description: String) -> JSONValue {
        ["$ref": .string("#/$defs/\(name)"), "description": .string(description)]
    }

    private static func nullableRef(_ name: String, _ description: String) -> JSONValue {
        ["anyOf": [["$ref": .string("#/$defs/\(name)")], ["type": "null"]], "description": .string(description)]
    }

    private static func array(_ reference: String, _ description: String) -> JSONValue {
        ["type": "array", "items": ["$ref": .string(reference)], "description": .string(description)]
    }

    private static func slugs(_ description: String) -> JSONValue {
        ["type": "array", "items": ["$ref": "#/$defs/slug"], "description": .string(description)]
    }

    /// An object whose every property is required and which allows no other.
    private static func object(_ description: String, _ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        [
            "type": "object", "description": .string(description), "additionalProperties": false,
            "required": .strings(properties.map(\.key).sorted()),
            "properties": .object(Dictionary(properties.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })),
        ]
    }
}
