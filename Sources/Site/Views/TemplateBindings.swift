import Templates

// What templates see of each view model: a switch from key to value, so a lookup is a string match
// and no reflection. Keep in step with the views; a test checks that every stored property is here.

extension CardHTML: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "html": .init(html)
        default: .missing
        }
    }
}

extension CourseCardView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "href": .init(href)
        case "summary": .init(summary)
        case "code": .init(code)
        case "format": .init(format)
        case "stages": .init(stages)
        case "strand": .init(strand)
        case "mandatory": .init(mandatory)
        case "renewal": .init(renewal)
        case "sustained": .init(sustained)
        case "timesOfDay": .init(timesOfDay)
        case "next": .init(next)
        case "filter": .init(filter)
        default: .missing
        }
    }
}

extension FilterDataView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "groups": .init(groups)
        case "stages": .init(stages)
        case "format": .init(format)
        case "strand": .init(strand)
        case "terms": .init(terms)
        case "times": .init(times)
        case "open": .init(open)
        case "mandatory": .init(mandatory)
        default: .missing
        }
    }
}

extension NextDateView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "text": .init(text)
        case "iso": .init(iso)
        case "status": .init(status)
        default: .missing
        }
    }
}

extension StatusView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "tone": .init(tone)
        default: .missing
        }
    }
}

extension SessionView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "dates": .init(dates)
        case "iso": .init(iso)
        case "allDays": .init(allDays)
        case "time": .init(time)
        case "venue": .init(venue)
        case "places": .init(places)
        case "status": .init(status)
        case "timeOfDay": .init(timeOfDay)
        case "bookHref": .init(bookHref)
        case "bookContext": .init(bookContext)
        case "calendarHref": .init(calendarHref)
        case "cover": .init(cover)
        case "past": .init(past)
        case "daysISO": .init(daysISO)
        case "startText": .init(startText)
        case "endText": .init(endText)
        default: .missing
        }
    }
}

extension FactView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "value": .init(value)
        case "links": .init(links)
        default: .missing
        }
    }
}

extension CourseView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "summary": .init(summary)
        case "code": .init(code)
        case "strand": .init(strand)
        case "strandHref": .init(strandHref)
        case "mandatory": .init(mandatory)
        case "sustained": .init(sustained)
        case "draft": .init(draft)
        case "facts": .init(facts)
        case "sessions": .init(sessions)
        case "sessionCount": .init(sessionCount)
        case "hasSessions": .init(hasSessions)
        case "upcomingBookable": .init(upcomingBookable)
        case "datesToBeConfirmed": .init(datesToBeConfirmed)
        case "interestHref": .init(interestHref)
        case "feedbackHref": .init(feedbackHref)
        case "link": .init(link)
        case "bodyHTML": .init(bodyHTML)
        case "prerequisites": .init(prerequisites)
        case "slug": .init(slug)
        case "hours": .init(hours)
        case "calendarHref": .init(calendarHref)
        case "staffNotes": .init(staffNotes)
        case "jsonLD": .init(jsonLD)
        default: .missing
        }
    }
}

extension LayoutView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "root": .init(root)
        case "lang": .init(lang)
        case "pageTitle": .init(pageTitle)
        case "description": .init(description)
        case "siteTitle": .init(siteTitle)
        case "offer": .init(offer)
        case "contact": .init(contact)
        case "contactHref": .init(contactHref)
        case "stylesheet": .init(stylesheet)
        case "script": .init(script)
        case "homeHref": .init(homeHref)
        case "searchHref": .init(searchHref)
        case "planHref": .init(planHref)
        case "planCurrent": .init(planCurrent)
        case "navigation": .init(navigation)
        case "footerLinks": .init(footerLinks)
        case "offerLinks": .init(offerLinks)
        case "dataLinks": .init(dataLinks)
        case "feedHref": .init(feedHref)
        case "brandStylesheet": .init(brandStylesheet)
        case "logoHref": .init(logoHref)
        default: .missing
        }
    }
}

extension LinkView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "href": .init(href)
        case "current": .init(current)
        case "summary": .init(summary)
        case "meta": .init(meta)
        default: .missing
        }
    }
}

extension HomeView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "introHTML": .init(introHTML)
        case "forPartners": .init(forPartners)
        case "courseCount": .init(courseCount)
        case "sessionCount": .init(sessionCount)
        case "families": .init(families)
        case "strands": .init(strands)
        case "pathways": .init(pathways)
        case "upcoming": .init(upcoming)
        default: .missing
        }
    }
}

extension UpcomingView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "date": .init(date)
        case "iso": .init(iso)
        case "title": .init(title)
        case "href": .init(href)
        case "status": .init(status)
        default: .missing
        }
    }
}

extension FamilyView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "name": .init(name)
        case "id": .init(id)
        case "groups": .init(groups)
        default: .missing
        }
    }
}

extension StrandView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "id": .init(id)
        case "summary": .init(summary)
        case "href": .init(href)
        case "count": .init(count)
        case "courses": .init(courses)
        default: .missing
        }
    }
}

extension CoursesIndexView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "count": .init(count)
        case "groupsHref": .init(groupsHref)
        case "filters": .init(filters)
        case "strands": .init(strands)
        default: .missing
        }
    }
}

extension GroupsIndexView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "count": .init(count)
        case "families": .init(families)
        default: .missing
        }
    }
}

extension GroupView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "family": .init(family)
        case "summary": .init(summary)
        case "bodyHTML": .init(bodyHTML)
        case "staffNotes": .init(staffNotes)
        case "courseCount": .init(courseCount)
        case "required": .init(required)
        case "requiredCount": .init(requiredCount)
        case "stages": .init(stages)
        case "anyStage": .init(anyStage)
        case "anyStageCount": .init(anyStageCount)
        case "pathways": .init(pathways)
        case "contents": .init(contents)
        case "calendarHref": .init(calendarHref)
        case "requiredHref": .init(requiredHref)
        default: .missing
        }
    }
}

extension StageSectionView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "id": .init(id)
        case "count": .init(count)
        case "courses": .init(courses)
        default: .missing
        }
    }
}

extension PathwaysIndexView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "count": .init(count)
        case "pathways": .init(pathways)
        default: .missing
        }
    }
}

extension PathwayView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "summary": .init(summary)
        case "bodyHTML": .init(bodyHTML)
        case "groups": .init(groups)
        case "forEveryone": .init(forEveryone)
        case "steps": .init(steps)
        default: .missing
        }
    }
}

extension StepView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "number": .init(number)
        case "title": .init(title)
        case "stage": .init(stage)
        case "summary": .init(summary)
        case "courses": .init(courses)
        default: .missing
        }
    }
}

extension PageView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "summary": .init(summary)
        case "bodyHTML": .init(bodyHTML)
        default: .missing
        }
    }
}

extension OptionView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "value": .init(value)
        case "label": .init(label)
        default: .missing
        }
    }
}

extension FiltersView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "groups": .init(groups)
        case "stages": .init(stages)
        case "formats": .init(formats)
        case "strands": .init(strands)
        case "terms": .init(terms)
        case "times": .init(times)
        case "groupLinks": .init(groupLinks)
        case "stageLinks": .init(stageLinks)
        default: .missing
        }
    }
}

extension StageView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "count": .init(count)
        case "strands": .init(strands)
        case "otherStages": .init(otherStages)
        case "coursesHref": .init(coursesHref)
        default: .missing
        }
    }
}

extension WhatsOnView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "count": .init(count)
        case "calendarHref": .init(calendarHref)
        case "terms": .init(terms)
        default: .missing
        }
    }
}

extension TermSessionsView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "name": .init(name)
        case "id": .init(id)
        case "count": .init(count)
        case "months": .init(months)
        default: .missing
        }
    }
}

extension MonthSessionsView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "name": .init(name)
        case "id": .init(id)
        case "caption": .init(caption)
        case "sessions": .init(sessions)
        default: .missing
        }
    }
}

extension WhatsOnRowView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "dates": .init(dates)
        case "iso": .init(iso)
        case "time": .init(time)
        case "timeOfDay": .init(timeOfDay)
        case "courseTitle": .init(courseTitle)
        case "courseHref": .init(courseHref)
        case "venue": .init(venue)
        case "status": .init(status)
        case "bookHref": .init(bookHref)
        case "bookContext": .init(bookContext)
        case "past": .init(past)
        default: .missing
        }
    }
}

extension RequiredGridView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "groups": .init(groups)
        case "rows": .init(rows)
        case "count": .init(count)
        default: .missing
        }
    }
}

extension RequiredRowView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "href": .init(href)
        case "renewal": .init(renewal)
        case "cells": .init(cells)
        default: .missing
        }
    }
}

extension RequiredCellView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "required": .init(required)
        case "group": .init(group)
        default: .missing
        }
    }
}

extension BrochureView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "count": .init(count)
        case "strands": .init(strands)
        case "booking": .init(booking)
        default: .missing
        }
    }
}

extension BrochureStrandView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "courses": .init(courses)
        default: .missing
        }
    }
}

extension BrochureCourseView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "title": .init(title)
        case "code": .init(code)
        case "format": .init(format)
        case "dates": .init(dates)
        default: .missing
        }
    }
}

extension PageContext: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "layout": layout
        case "page": page
        default: .missing
        }
    }
}

extension WhatsNewView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "days": .init(days)
        case "feedHref": .init(feedHref)
        case "count": .init(count)
        default: .missing
        }
    }
}

extension ChangeDayView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "date": .init(date)
        case "iso": .init(iso)
        case "changes": .init(changes)
        default: .missing
        }
    }
}

extension ChangeView: TemplateObject {
    func value(forKey key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "tone": .init(tone)
        case "title": .init(title)
        case "href": .init(href)
        case "detail": .init(detail)
        default: .missing
        }
    }
}
