import Catalogue

/// The site's words in English: every key a theme's `strings.yml` may set, in the order of the
/// shipped file, with its English text. A key's placeholders are the `{name}`s of its English text.
///
/// This is the one place the site's English lives in Swift: a theme without `strings.yml`, or
/// without some of its keys, gets these (the shipped `Theme/strings.yml` holds the same, which a
/// test checks). Keys ending `.one` and `.other` are the forms for a number: `.one` when it is 1.
enum DefaultStrings {
    static let entries: [(key: String, text: String)] = [language] + navigation + pages + status + counts + course + listings + scripts + calendars + report + dates

    /// The language of the pages (`<html lang>`, `layout.lang`), a BCP 47 tag.
    static let language: (key: String, text: String) = (StringsFile.languageKey, "en-GB")

    static let navigation: [(key: String, text: String)] = [
        ("navigation.home", "Home"), ("navigation.courses", "Courses"), ("navigation.whats_on", "What's on"),
        ("navigation.groups", "Staff groups"), ("navigation.pathways", "Pathways"), ("navigation.search", "Search"),
        ("navigation.whats_new", "What's new"), ("navigation.required", "Required training by role"),
        ("navigation.brochure", "Printable brochure"), ("navigation.accessibility", "Accessibility statement"),
        ("navigation.calendars", "Subscribe to a calendar"),
        ("data_links.calendar", "Every session (calendar, .ics)"), ("data_links.courses_csv", "Courses (spreadsheet, .csv)"),
        ("data_links.sessions_csv", "Sessions (spreadsheet, .csv)"), ("data_links.json", "The whole offer (JSON)"),
        ("data_links.feed", "New courses (Atom feed)"),
    ]

    /// Titles and descriptions (`<title>`, `<meta name="description">`) of the pages whose title is not content.
    static let pages: [(key: String, text: String)] = [
        ("pages.home.description", "The {offer} of {site}"),
        ("pages.courses.title", "All courses"), ("pages.courses.description", "Every course in the {offer}"),
        ("pages.groups.title", "Staff groups"), ("pages.groups.description", "Find the courses for your role"),
        ("pages.pathways.title", "Pathways"), ("pages.pathways.description", "Routes through the offer by career stage"),
        ("pages.stage.description", "Courses for {stage}"),
        ("pages.whats_on.title", "What's on"), ("pages.whats_on.description", "The sessions from today, by term and month"),
        ("pages.whats_new.title", "What's new"),
        ("pages.whats_new.description", "Changes to the offer: new courses, new dates, cancellations"),
        ("pages.required.title", "Required training by role"),
        ("pages.required.description", "Mandatory training for each staff group and how often to renew it"),
        ("pages.brochure.title", "Printable brochure"), ("pages.brochure.description", "The whole offer on one page"),
        ("pages.search.title", "Search"), ("pages.search.description", "Search the offer"),
        ("pages.plan.title", "My plan"), ("pages.plan.description", "Your shortlist of courses"),
        ("pages.accessibility.title", "Accessibility statement"), ("pages.accessibility.description", "How accessible this site is"),
        ("pages.not_found.title", "Page not found"), ("pages.not_found.description", "This page does not exist"),
        ("pages.calendars.title", "Subscribe to a calendar"), ("pages.calendars.description", "Calendars of the offer that keep themselves up to date: every session, a staff group's or a school's"),
        ("pages.whats_on_school.title", "What's on at {school}"), ("pages.whats_on_school.description", "The sessions at {school}, from today"),
    ]

    /// A session's state, as its tag says (never colour alone), and the tags of What's new.
    static let status: [(key: String, text: String)] = [
        ("status.open", "Open"), ("status.full", "Full"), ("status.closed", "Booking closed"), ("status.cancelled", "Cancelled"),
        ("status.tbc", "To be confirmed"), ("status.under_way", "Under way"), ("status.past", "Past"), ("status.no_dates", "No dates"),
        ("status.invitation", "By invitation"),
        ("status.places_left.one", "{count} place left"), ("status.places_left.other", "{count} places left"),
        ("changes.course_added", "New course"), ("changes.course_withdrawn", "Withdrawn"), ("changes.session_added", "New date"),
        ("changes.session_moved", "Date moved"), ("changes.session_cancelled", "Cancelled"), ("changes.session_full", "Now full"),
        ("changes.session_reopened", "Places available"), ("changes.session_removed", "Date removed"),
    ]

    static let counts: [(key: String, text: String)] = countForms.flatMap { key, one, other in
        [(key + ".one", "{count} " + one), (key + ".other", "{count} " + other)]
    }

    /// A number of things: the key, then the words after the number for one and for other numbers.
    private static let countForms: [(String, String, String)] = [
        ("counts.courses", "course", "courses"), ("counts.dates", "date", "dates"), ("counts.sessions", "session", "sessions"),
        ("counts.staff_groups", "staff group", "staff groups"), ("counts.pathways", "pathway", "pathways"),
        ("counts.steps", "step", "steps"), ("counts.mandatory_courses", "mandatory course", "mandatory courses"),
        ("counts.changes", "change", "changes"), ("counts.places", "place", "places"),
        ("counts.places_left_of", "place left of {total}", "places left of {total}"), ("counts.hours", "hour", "hours"),
        ("counts.booked", "booked", "booked"),
    ]

    static let course: [(key: String, text: String)] = [
        ("formats.face_to_face", "Face to face"), ("formats.online", "Online"), ("formats.live_webinar", "Live webinar"),
        ("formats.blended", "Blended"), ("formats.self_study", "Self-study"), ("formats.coaching", "Coaching"),
        ("formats.conference", "Conference"),
        ("times_of_day.training_day", "Training day"), ("times_of_day.school_day", "School day"), ("times_of_day.twilight", "Twilight"),
        ("times_of_day.school_day_into_evening", "School day into evening"), ("times_of_day.after_school", "After school"),
        ("times_of_day.evening", "Evening"), ("times_of_day.weekend", "Weekend"),
        ("school_kinds.trust", "Trust schools"), ("school_kinds.maintained", "Maintained schools"), ("school_kinds.academy", "Academies"),
        ("school_kinds.partner", "Partner schools"), ("school_kinds.independent", "Independent schools"),
        ("facts.groups", "Who it is for"), ("facts.all_staff", "All staff"), ("facts.stages", "Career stage"),
        ("facts.format", "Format"), ("facts.provider", "Provider"), ("facts.hours", "CPD hours"), ("facts.cost", "Cost"),
        ("facts.free", "Free"), ("facts.partners", "Partner schools"), ("facts.open_to_partners", "Open to partner schools"),
        ("facts.accreditation", "Accreditation"), ("facts.mandatory", "Mandatory"), ("facts.yes", "Yes"),
        ("facts.yes_renew", "Yes, renew {renewal}"), ("facts.renewal", "Renewal"), ("facts.code", "Course code"),
        ("course.all_stages", "All stages"), ("course.renew", "Renew {renewal}"), ("course.available_any_time", "Available any time"),
        ("course.dates_to_be_confirmed", "Dates to be confirmed"), ("course.no_more_dates_this_year", "No more dates this year"),
        ("course.cover_needed", "Cover needed"), ("course.no_cover_needed", "No cover needed"),
        ("course.book_context", "{course}, {date}"),
        ("course.invitation_ask", "Ask to be put forward:"), ("course.any_time_online", "Any time — online, at your own pace"),
        ("course.times_to_be_confirmed", "Times to be confirmed"),
        ("mandatory.everyone_tag", "Mandatory"), ("mandatory.everyone", "Mandatory for everyone in this role"),
        ("mandatory.nominated_tag", "Nominated staff only"), ("mandatory.nominated", "Required for nominated staff only"),
        ("mandatory.nominated_hint", "Take it if your school has named you for this duty, for example as a first aider or fire marshal."),
        ("mandatory.fact_nominated", "Nominated staff only"), ("mandatory.fact_nominated_renew", "Nominated staff only, renew {renewal}"),
        ("renewal.every_year", "every year"), ("renewal.years", "every {count} years"), ("renewal.months", "every {count} months"),
        ("files.document", "({kind}, {size})"), ("files.pdf", "PDF"), ("files.word", "Word"), ("files.powerpoint", "PowerPoint"),
        ("files.excel", "Excel"), ("files.kb", "{size} KB"), ("files.mb", "{size} MB"),
    ]

    static let listings: [(key: String, text: String)] = [
        ("group.required", "Required for your role"), ("group.every_stage", "For every stage"), ("group.pathways", "Pathways"),
        ("filters.term", "{term} term"),
        ("whats_on.before_term", "Before term"), ("whats_on.month_caption", "Sessions in {month} ({sessions})"),
        ("whats_on.under_way", "Under way"), ("whats_on.under_way_caption", "Courses under way: started and meeting again ({sessions})"),
        ("whats_on.past", "Past sessions"),
        ("pagination.page_of", "Page {page} of {pages}"), ("pagination.title", "{title}, page {page} of {pages}"),
        ("group_list.title", "{stage}: {group}"),
        ("required.once", "Once"),
        ("brochure.booking_by_email", "To book, email {contact}."),
        ("brochure.booking_staff", "Book on the intranet: open the course and choose Book next to the date. Questions: {contact}."),
        ("brochure.booking_staff_at", "Book on the intranet ({url}): open the course and choose Book next to the date. Questions: {contact}."),
        ("brochure.booking_partners", "To book, open the course {place} and choose Book next to the date. Questions: {contact}."),
        ("brochure.partner_site", "at {url}"), ("brochure.partner_offer", "in the partner schools' online offer"),
        ("brochure.any_time_online", "Any time, online"), ("brochure.no_more_dates", "No more dates"),
        ("brochure.more_dates.one", "{count} more date on the course page"), ("brochure.more_dates.other", "{count} more dates on the course page"),
    ]

    /// What `site.js` and `search.js` write as a page is used (`ScriptWords`): the filters' count,
    /// search's messages, My plan's buttons and messages.
    static let scripts: [(key: String, text: String)] = [
        ("scripts.filters_showing.one", "Showing {count} of {total} courses"),
        ("scripts.filters_showing.other", "Showing {count} of {total} courses"),
        ("scripts.filters_applied.one", "({count} applied)"), ("scripts.filters_applied.other", "({count} applied)"),
        ("scripts.search_results.one", "{count} course matches \u{201C}{query}\u{201D}"),
        ("scripts.search_results.other", "{count} courses match \u{201C}{query}\u{201D}"),
        ("scripts.search_corrected.one", "No course matches \u{201C}{query}\u{201D}. Showing {count} course for \u{201C}{corrected}\u{201D}."),
        ("scripts.search_corrected.other", "No course matches \u{201C}{query}\u{201D}. Showing {count} courses for \u{201C}{corrected}\u{201D}."),
        ("scripts.search_none", "No course matches \u{201C}{query}\u{201D}. Check the spelling, or try a shorter word."),
        ("scripts.search_next", "Next: {date}"),
        ("scripts.plan_add", "Add to my plan"), ("scripts.plan_remove", "Remove from my plan"),
        ("scripts.plan_add_label", "Add {course} to my plan"), ("scripts.plan_remove_label", "Remove {course} from my plan"),
        ("scripts.plan_added", "{course} added to your plan."), ("scripts.plan_removed", "{course} removed from your plan."),
        ("scripts.plan_remove_item", "Remove"),
        ("scripts.plan_summary.one", "{count} item, {hours} CPD hours in total."),
        ("scripts.plan_summary.other", "{count} items, {hours} CPD hours in total."),
        ("scripts.plan_empty", "Your plan is empty. Open a course and choose \u{201C}Add to my plan\u{201D} next to a date."),
        ("scripts.plan_no_date", "Dates to be confirmed: no date was open when you added it."),
        ("scripts.plan_see_dates", "See the dates for {course}"),
        ("scripts.plan_book", "Book"), ("scripts.plan_book_label", "Book {course}"),
        ("scripts.plan_cleared", "Your plan is now empty."),
        ("scripts.whats_on_match.one", "{count} session to come matches."),
        ("scripts.whats_on_match.other", "{count} sessions to come match."),
        ("scripts.course_dates_showing.one", "Showing {count} of {total} dates to come"),
        ("scripts.course_dates_showing.other", "Showing {count} of {total} dates to come"),
    ]

    /// The subscription page (calendars.html): the whole offer's calendar, and each calendar app's steps.
    static let calendars: [(key: String, text: String)] = [
        ("calendars.offer", "Every session of the offer"),
        ("calendars.outlook.name", "Outlook"),
        ("calendars.outlook.step_1", "In Outlook on the web, open Calendar and select Add calendar, then Subscribe from web."),
        ("calendars.outlook.step_2", "Paste the address, give the calendar a name and select Import."),
        ("calendars.outlook.step_3", "In the Outlook app for Windows or Mac, select Add calendar, then From internet, and paste the address."),
        ("calendars.outlook.import_1", "Download the calendar's file (.ics) below."),
        ("calendars.outlook.import_2", "In Outlook on the web, open Calendar, select Add calendar, then Upload from file; choose the file and select Import."),
        ("calendars.outlook.import_3", "In the Outlook app for Windows, choose File, then Open & Export, then Import/Export; on a Mac, choose File, then Import."),
        ("calendars.google.name", "Google Calendar"),
        ("calendars.google.step_1", "Open Google Calendar on a computer (the phone app cannot add a calendar by its address)."),
        ("calendars.google.step_2", "Next to Other calendars, select the plus sign, then From URL."),
        ("calendars.google.step_3", "Paste the address and select Add calendar. It then shows on your phone too."),
        ("calendars.google.import_1", "Download the calendar's file (.ics) below, on a computer."),
        ("calendars.google.import_2", "Open Google Calendar on a computer, select Settings (the cog), then Import & export."),
        ("calendars.google.import_3", "Choose the file, choose which of your calendars the dates go into, and select Import. They then show on your phone too."),
        ("calendars.apple.name", "Apple Calendar (iPhone, iPad, Mac)"),
        ("calendars.apple.step_1", "On an iPhone, iPad or Mac, select Subscribe next to the calendar and confirm."),
        ("calendars.apple.step_2", "Or, on an iPhone or iPad, open Settings, then Calendar, Accounts, Add account, Other, Add subscribed calendar, and paste the address."),
        ("calendars.apple.step_3", "On a Mac, open Calendar, choose File, then New calendar subscription, and paste the address."),
        ("calendars.apple.import_1", "On an iPhone or iPad, select the calendar below, then Add all."),
        ("calendars.apple.import_2", "On a Mac, download the calendar's file (.ics), open Calendar, choose File, then Import, and choose the file."),
        ("calendars.apple.import_3", "The dates are a copy: to see new dates, changed rooms and cancellations, download the file again."),
    ]

    /// The CPD lead's report (`prospectus report`, and `report/` in a staff site that carries it).
    static let report: [(key: String, text: String)] = [
        ("report.footer_link", "CPD report"),
        ("report.title", "CPD report: {offer}"),
        ("report.generated", "Made on {date} from the published offer for {year}. Dates on or after that day count as dates to come."),
        ("report.contents", "Contents"),
        ("report.chart_note", "The numbers are in the table after this chart."),
        ("report.csv", "This table as a spreadsheet (.csv)"),
        ("report.privacy", "This report holds counts and ratings only: no names, email addresses or comments from the forms."),
        ("report.drafts", "Made by Prospectus from the published courses: drafts are left out."),
        ("report.percent", "{value}%"),
        ("report.none", "None"),
        ("report.groups.title", "Opportunities by staff group"),
        ("report.groups.lead", "For each staff group: the published courses open to it, their dates still to come, the CPD hours they offer, the mandatory courses among them, sustained programmes (one booking across two terms or more) and what staff pay."),
        ("report.groups.chart", "Published courses open to each staff group"),
        ("report.groups.chart_description", "A bar for each staff group, as long as the number of published courses open to it, with the number after it."),
        ("report.stages.title", "Opportunities by career stage"),
        ("report.stages.lead", "The same for each career stage. A course that names no stage counts for every stage."),
        ("report.stages.chart", "Published courses for each career stage"),
        ("report.stages.chart_description", "A bar for each career stage, as long as the number of published courses for it, with the number after it."),
        ("report.mandatory.title", "Mandatory training and renewal"),
        ("report.mandatory.lead", "Each mandatory course: whom it is for, how often it must be renewed, how many staff groups it is open to, and its next date this academic year."),
        ("report.mandatory.everyone", "Everyone in its groups"),
        ("report.mandatory.nominated", "Nominated staff"),
        ("report.mandatory.once", "Once"),
        ("report.access.title", "When dates are held"),
        ("report.access.lead", "For each staff group, the share of its dates to come on training days, in the school day, after school, at twilight, in the evening, at weekends, or online and at any time. A group whose dates all fall in the school day needs cover to attend; staff who work part of the day may reach none of them."),
        ("report.access.chart", "When each staff group's dates to come are held"),
        ("report.access.chart_description", "A bar for each staff group, split into its shares of dates by time of day; each part has its own pattern, named in the key."),
        ("report.access.online", "Online or any time"),
        ("report.schools.title", "Where dates are held"),
        ("report.schools.lead", "Dates to come by the school their venue names (site.yml's schools); the rest are held elsewhere, such as a training centre or online."),
        ("report.schools.chart", "Dates to come at each school"),
        ("report.schools.chart_description", "A bar for each school, as long as the number of dates to come held there, with the number after it."),
        ("report.schools.elsewhere", "Not at a school"),
        ("report.gaps.title", "Gaps and warnings"),
        ("report.gaps.lead", "What may need attention: staff groups and career stages with fewer than {fewest} published courses, mandatory courses with no date left this academic year, courses whose dates are still to be confirmed, strands with no sustained programme, and dates that are full."),
        ("report.gaps.none", "No gaps were found."),
        ("report.gaps.thin_group", "Staff group with few courses"),
        ("report.gaps.thin_stage", "Career stage with few courses"),
        ("report.gaps.mandatory_no_date", "Mandatory course with no date left this year"),
        ("report.gaps.no_dates", "No dates yet"),
        ("report.gaps.only_tbc", "Only dates to be confirmed"),
        ("report.gaps.recurring_only", "Recurring dates not yet fixed"),
        ("report.gaps.no_sustained", "Strand with no sustained programme"),
        ("report.gaps.full", "Full date"),
        ("report.gaps.courses.one", "{count} course"),
        ("report.gaps.courses.other", "{count} courses"),
        ("report.uptake.title", "Uptake"),
        ("report.uptake.lead", "From the booking form downloads: the places booked on each session matched to a download, how full it is, and the bookings by staff group."),
        ("report.uptake.none", "No booking or evaluation downloads were read. Put the forms' downloads in the folder site.yml names (report: exports) to see uptake and evaluations here."),
        ("report.uptake.chart", "How full each booked session is"),
        ("report.uptake.chart_description", "A bar for each session matched to a booking download, as long as the share of its places booked, with the share after it."),
        ("report.uptake.strands_chart", "How full each strand's booked sessions are"),
        ("report.uptake.strands_chart_description", "A bar for each strand with sessions matched to a booking download, as long as the share of their places booked (taken together), with the share after it."),
        ("report.uptake.groups_chart", "Bookings by staff group"),
        ("report.uptake.groups_chart_description", "A bar for each staff group, as long as the number of places its staff booked, with the number after it."),
        ("report.uptake.no_group", "Group not given"),
        ("report.evaluations.title", "Evaluations"),
        ("report.evaluations.lead", "The evaluations matched to each course: how many responses, how many gave a rating, and the mean rating out of {scale}."),
        ("report.evaluations.chart", "Mean rating of each course"),
        ("report.evaluations.chart_description", "A bar for each course with rated evaluations, as long as its mean rating, with the rating after it."),
        ("report.sources.title", "Downloads read"),
        ("report.sources.lead", "Each form download read, how many response rows it holds and how many of them matched a session or a course."),
        ("report.sources.bookings", "Bookings"),
        ("report.sources.evaluations", "Evaluations"),
        ("report.columns.group", "Staff group"),
        ("report.columns.stage", "Career stage"),
        ("report.columns.courses", "Courses"),
        ("report.columns.dates", "Dates to come"),
        ("report.columns.hours", "CPD hours"),
        ("report.columns.no_hours", "Courses giving no hours"),
        ("report.columns.mandatory_everyone", "Mandatory for everyone"),
        ("report.columns.mandatory_nominated", "Mandatory for nominated staff"),
        ("report.columns.sustained", "Sustained programmes"),
        ("report.columns.free", "Free"),
        ("report.columns.charged", "Charged"),
        ("report.columns.other_cost", "Cost in words"),
        ("report.columns.course", "Course"),
        ("report.columns.for", "For"),
        ("report.columns.renewal", "Renewal"),
        ("report.columns.groups", "Staff groups"),
        ("report.columns.next_date", "Next date"),
        ("report.columns.school", "School"),
        ("report.columns.strand", "Strand"),
        ("report.columns.gap", "Gap"),
        ("report.columns.what", "Which"),
        ("report.columns.detail", "Detail"),
        ("report.columns.date", "Date"),
        ("report.columns.places", "Places"),
        ("report.columns.booked", "Booked"),
        ("report.columns.fill", "Fill rate"),
        ("report.columns.bookings", "Bookings"),
        ("report.columns.responses", "Responses"),
        ("report.columns.rated", "Rated"),
        ("report.columns.mean", "Mean rating"),
        ("report.columns.file", "File"),
        ("report.columns.kind", "Kind"),
        ("report.columns.rows", "Rows"),
        ("report.columns.matched", "Matched"),
    ]

    /// Date patterns, then the month and day names (English, as the tool's own messages also use
    /// them: `LocalDate.monthNames`), short forms their first three letters.
    static let dates: [(key: String, text: String)] = [
        ("dates.long", "{weekday} {day} {month} {year}"), ("dates.short", "{weekday_short} {day} {month_short} {year}"),
        ("dates.month", "{month} {year}"), ("dates.day_month", "{day} {month_short}"),
        ("dates.day_month_year", "{day} {month_short} {year}"), ("dates.cohort", "{date}, {count} days"),
        ("dates.list", "{dates} and {last}"), ("dates.time_range", "{start} to {end}"), ("dates.time_from", "from {start}"),
        ("dates.cohort_range", "{first} to {last}"), ("dates.cohort_days", "{count} days: {days}"),
        ("dates.weekday_day_month", "{weekday_short} {day} {month_short}"), ("dates.recurs", "{recurs}: dates to be confirmed"),
    ] + names("months", LocalDate.monthNames) + names("weekdays", LocalDate.weekdayNames)

    /// `months.january: January` … and `months_short.january: Jan` ….
    private static func names(_ group: String, _ english: [String]) -> [(key: String, text: String)] {
        english.map { ("\(group).\($0.lowercased())", $0) } + english.map { ("\(group)_short.\($0.lowercased())", String($0.prefix(3))) }
    }
}
