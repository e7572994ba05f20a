import Mustache

// Direct key lookups for the view models, so templates do not go through reflection (Mirror),
// which builds every field of a value for each `{{name}}` it resolves. Keep in step with the views.

extension CardHTML: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "html": return self.html
        default: return nil
        }
    }
}

extension CourseCardView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "href": return self.href
        case "summary": return self.summary
        case "code": return self.code
        case "format": return self.format
        case "stages": return self.stages
        case "strand": return self.strand
        case "mandatory": return self.mandatory
        case "renewal": return self.renewal
        case "sustained": return self.sustained
        case "timesOfDay": return self.timesOfDay
        case "next": return self.next
        case "filter": return self.filter
        default: return nil
        }
    }
}

extension FilterDataView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "groups": return self.groups
        case "stages": return self.stages
        case "format": return self.format
        case "strand": return self.strand
        case "terms": return self.terms
        case "times": return self.times
        case "open": return self.open
        case "mandatory": return self.mandatory
        default: return nil
        }
    }
}

extension NextDateView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": return self.text
        case "iso": return self.iso
        case "status": return self.status
        default: return nil
        }
    }
}

extension StatusView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": return self.label
        case "tone": return self.tone
        default: return nil
        }
    }
}

extension SessionView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "dates": return self.dates
        case "iso": return self.iso
        case "allDays": return self.allDays
        case "time": return self.time
        case "venue": return self.venue
        case "places": return self.places
        case "status": return self.status
        case "timeOfDay": return self.timeOfDay
        case "bookHref": return self.bookHref
        case "bookContext": return self.bookContext
        case "calendarHref": return self.calendarHref
        case "cover": return self.cover
        case "past": return self.past
        case "daysISO": return self.daysISO
        case "startText": return self.startText
        case "endText": return self.endText
        default: return nil
        }
    }
}

extension FactView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": return self.label
        case "value": return self.value
        case "links": return self.links
        default: return nil
        }
    }
}

extension CourseView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "summary": return self.summary
        case "code": return self.code
        case "strand": return self.strand
        case "strandHref": return self.strandHref
        case "mandatory": return self.mandatory
        case "sustained": return self.sustained
        case "draft": return self.draft
        case "facts": return self.facts
        case "sessions": return self.sessions
        case "sessionCount": return self.sessionCount
        case "hasSessions": return self.hasSessions
        case "upcomingBookable": return self.upcomingBookable
        case "datesToBeConfirmed": return self.datesToBeConfirmed
        case "interestHref": return self.interestHref
        case "feedbackHref": return self.feedbackHref
        case "link": return self.link
        case "bodyHTML": return self.bodyHTML
        case "prerequisites": return self.prerequisites
        case "slug": return self.slug
        case "hours": return self.hours
        case "calendarHref": return self.calendarHref
        case "staffNotes": return self.staffNotes
        case "jsonLD": return self.jsonLD
        default: return nil
        }
    }
}

extension LayoutView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "root": return self.root
        case "lang": return self.lang
        case "pageTitle": return self.pageTitle
        case "description": return self.description
        case "siteTitle": return self.siteTitle
        case "offer": return self.offer
        case "contact": return self.contact
        case "contactHref": return self.contactHref
        case "stylesheet": return self.stylesheet
        case "script": return self.script
        case "homeHref": return self.homeHref
        case "searchHref": return self.searchHref
        case "planHref": return self.planHref
        case "planCurrent": return self.planCurrent
        case "navigation": return self.navigation
        case "footerLinks": return self.footerLinks
        case "offerLinks": return self.offerLinks
        case "dataLinks": return self.dataLinks
        case "feedHref": return self.feedHref
        case "brandStyle": return self.brandStyle
        case "logoHref": return self.logoHref
        default: return nil
        }
    }
}

extension LinkView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "href": return self.href
        case "current": return self.current
        case "summary": return self.summary
        case "meta": return self.meta
        default: return nil
        }
    }
}

extension HomeView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "introHTML": return self.introHTML
        case "courseCount": return self.courseCount
        case "sessionCount": return self.sessionCount
        case "families": return self.families
        case "strands": return self.strands
        case "pathways": return self.pathways
        case "upcoming": return self.upcoming
        default: return nil
        }
    }
}

extension UpcomingView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "date": return self.date
        case "iso": return self.iso
        case "title": return self.title
        case "href": return self.href
        case "status": return self.status
        default: return nil
        }
    }
}

extension FamilyView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return self.name
        case "id": return self.id
        case "groups": return self.groups
        default: return nil
        }
    }
}

extension StrandView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "id": return self.id
        case "summary": return self.summary
        case "href": return self.href
        case "count": return self.count
        case "courses": return self.courses
        default: return nil
        }
    }
}

extension CoursesIndexView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "count": return self.count
        case "groupsHref": return self.groupsHref
        case "filters": return self.filters
        case "strands": return self.strands
        default: return nil
        }
    }
}

extension GroupsIndexView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "count": return self.count
        case "families": return self.families
        default: return nil
        }
    }
}

extension GroupView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "family": return self.family
        case "summary": return self.summary
        case "bodyHTML": return self.bodyHTML
        case "courseCount": return self.courseCount
        case "required": return self.required
        case "requiredCount": return self.requiredCount
        case "stages": return self.stages
        case "anyStage": return self.anyStage
        case "anyStageCount": return self.anyStageCount
        case "pathways": return self.pathways
        case "contents": return self.contents
        case "calendarHref": return self.calendarHref
        case "requiredHref": return self.requiredHref
        default: return nil
        }
    }
}

extension StageSectionView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "id": return self.id
        case "count": return self.count
        case "courses": return self.courses
        default: return nil
        }
    }
}

extension PathwaysIndexView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "count": return self.count
        case "pathways": return self.pathways
        default: return nil
        }
    }
}

extension PathwayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "summary": return self.summary
        case "bodyHTML": return self.bodyHTML
        case "groups": return self.groups
        case "forEveryone": return self.forEveryone
        case "steps": return self.steps
        default: return nil
        }
    }
}

extension StepView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "number": return self.number
        case "title": return self.title
        case "stage": return self.stage
        case "summary": return self.summary
        case "courses": return self.courses
        default: return nil
        }
    }
}

extension PageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "summary": return self.summary
        case "bodyHTML": return self.bodyHTML
        default: return nil
        }
    }
}

extension OptionView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "value": return self.value
        case "label": return self.label
        default: return nil
        }
    }
}

extension FiltersView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "groups": return self.groups
        case "stages": return self.stages
        case "formats": return self.formats
        case "strands": return self.strands
        case "terms": return self.terms
        case "times": return self.times
        case "groupLinks": return self.groupLinks
        case "stageLinks": return self.stageLinks
        default: return nil
        }
    }
}

extension StageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "count": return self.count
        case "strands": return self.strands
        case "otherStages": return self.otherStages
        case "coursesHref": return self.coursesHref
        default: return nil
        }
    }
}

extension WhatsOnView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "count": return self.count
        case "calendarHref": return self.calendarHref
        case "terms": return self.terms
        default: return nil
        }
    }
}

extension TermSessionsView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return self.name
        case "id": return self.id
        case "count": return self.count
        case "months": return self.months
        default: return nil
        }
    }
}

extension MonthSessionsView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return self.name
        case "id": return self.id
        case "caption": return self.caption
        case "sessions": return self.sessions
        default: return nil
        }
    }
}

extension WhatsOnRowView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "dates": return self.dates
        case "iso": return self.iso
        case "time": return self.time
        case "timeOfDay": return self.timeOfDay
        case "courseTitle": return self.courseTitle
        case "courseHref": return self.courseHref
        case "venue": return self.venue
        case "status": return self.status
        case "bookHref": return self.bookHref
        case "bookContext": return self.bookContext
        case "past": return self.past
        default: return nil
        }
    }
}

extension RequiredGridView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "groups": return self.groups
        case "rows": return self.rows
        case "count": return self.count
        default: return nil
        }
    }
}

extension RequiredRowView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "href": return self.href
        case "renewal": return self.renewal
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension RequiredCellView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "required": return self.required
        case "group": return self.group
        default: return nil
        }
    }
}

extension BrochureView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "count": return self.count
        case "strands": return self.strands
        case "booking": return self.booking
        default: return nil
        }
    }
}

extension BrochureStrandView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "courses": return self.courses
        default: return nil
        }
    }
}

extension BrochureCourseView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return self.title
        case "code": return self.code
        case "format": return self.format
        case "dates": return self.dates
        default: return nil
        }
    }
}

extension PageContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "layout": return self.layout
        case "page": return self.page
        default: return nil
        }
    }
}

extension WhatsNewView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "days": return self.days
        case "feedHref": return self.feedHref
        case "count": return self.count
        default: return nil
        }
    }
}

extension ChangeDayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "date": return self.date
        case "iso": return self.iso
        case "changes": return self.changes
        default: return nil
        }
    }
}

extension ChangeView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": return self.label
        case "tone": return self.tone
        case "title": return self.title
        case "href": return self.href
        case "detail": return self.detail
        default: return nil
        }
    }
}
