#!/usr/bin/env python3
"""Deterministic synthetic content folders for benchmarking Prospectus.

    bench/generate.py --courses 1000 --out /tmp/content-1000 [--seed 2026]

Writes a complete content folder (site.yml, index.md, groups/, courses/, pathways/, pages/) with
N courses of realistic front matter and 150-400 word Markdown bodies. The same N and seed always
give byte-identical files. Every folder it writes is meant to pass `prospectus check --strict`
(no errors, no warnings); bench/run verifies that before timing anything.

Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import sys

ACADEMIC_FIRST = datetime.date(2026, 9, 1)
ACADEMIC_LAST = datetime.date(2027, 8, 31)
# England's bank holidays in the academic year (Boxing Day 2026 is a Saturday: the 28th is its substitute).
BANK_HOLIDAYS = {datetime.date(2026, 12, 25), datetime.date(2026, 12, 28), datetime.date(2027, 1, 1),
                 datetime.date(2027, 3, 26), datetime.date(2027, 3, 29), datetime.date(2027, 5, 3),
                 datetime.date(2027, 5, 31), datetime.date(2027, 8, 30)}

SITE_YML = """\
title: Northfield Learning Trust
offer: CPLD Offer 2026/27
academic_year: 2026-27
url: https://intranet.northfield-trust.example/cpd/
timezone: Europe/London
contact: cpd@northfield-trust.example
booking: "https://forms.northfield-trust.example/cpd/book?course={code}&date={date}"
feedback: "https://forms.northfield-trust.example/cpd/evaluate?course={code}"
interest: "https://forms.northfield-trust.example/cpd/interest?course={code}"
terms:
  - { name: Autumn, starts: 2026-09-01 }
  - { name: Spring, starts: 2027-01-04 }
  - { name: Summer, starts: 2027-04-12 }
stages:
  - { slug: induction,         title: Induction and new to role }
  - { slug: early-career,      title: Early career }
  - { slug: established,       title: Established practice }
  - { slug: middle-leadership, title: Middle leadership }
  - { slug: senior-leadership, title: Senior leadership }
families: [Teachers, Leaders, Support staff, Central and governance]
strands:
"""

STAGES = ["induction", "early-career", "established", "middle-leadership", "senior-leadership"]

# (title, summary, code prefix)
STRANDS = [
    ("Mandatory training", "Statutory and required training, including first aid and positive handling, with renewal dates.", "MAN"),
    ("Safeguarding", "The annual safeguarding update for everyone, plus training for designated leads, recruiters and governors.", "SG"),
    ("Early career and ITT", "Training and mentoring for trainee teachers and early career teachers, and the mentors who support them.", "ECT"),
    ("Teaching and learning", "Evidence-informed workshops, lesson study and subject networks that sharpen everyday classroom practice.", "TL"),
    ("Mentoring and coaching", "Instructional coaching and leadership coaching that help colleagues develop one another.", "MC"),
    ("National Professional Qualifications", "The DfE's National Professional Qualifications, delivered with our teaching school hub.", "NPQ"),
    ("Leadership", "Programmes and networks for aspiring, middle, senior and executive leaders.", "LD"),
    ("Support staff development", "Induction, qualifications and role-specific training for support, premises and central staff.", "SS"),
    ("Governance", "Induction and training for governors, members, trustees and clerks.", "GOV"),
    ("Online learning", "E-learning modules and live webinars to complete at a time that suits you.", "OL"),
    ("Trust conference", "Our annual whole-trust conference day, with keynotes and workshops for every role.", "CONF"),
]

# (slug, title, family, summary)
GROUPS = [
    ("trainee-teachers", "Trainee teachers", "Teachers", "Trainees on school-based and university-led routes placed in our schools."),
    ("ect", "Early career teachers", "Teachers", "Teachers in the two years of statutory induction."),
    ("recently-qualified-teachers", "Recently qualified teachers", "Teachers", "Teachers in their third to fifth year after qualifying."),
    ("experienced-teachers", "Experienced teachers", "Teachers", "Class teachers and subject teachers with five or more years of experience."),
    ("ect-mentors", "ECT mentors and induction tutors", "Teachers", "Colleagues who mentor early career teachers or co-ordinate induction."),
    ("supply-staff", "Supply and cover staff", "Teachers", "Cover supervisors and supply teachers who work regularly in our schools."),
    ("specialist-leaders", "Specialist leaders of education", "Leaders", "Outstanding middle and senior leaders who support other schools."),
    ("middle-leaders", "Middle leaders", "Leaders", "Subject leads, heads of department, phase leaders and pastoral leads."),
    ("senior-leaders", "Senior leaders", "Leaders", "Deputy and assistant headteachers and business leaders."),
    ("headteachers", "Headteachers", "Leaders", "Headteachers, heads of school and executive leaders."),
    ("sencos", "SENCOs", "Leaders", "Special educational needs co-ordinators and inclusion leads."),
    ("teaching-assistants", "Teaching assistants and HLTAs", "Support staff", "Teaching assistants, HLTAs, learning support assistants and learning mentors."),
    ("administrators", "Office and administrative staff", "Support staff", "Receptionists, office managers, data and exams officers."),
    ("premises-staff", "Premises and site staff", "Support staff", "Site managers, caretakers, cleaners and facilities teams."),
    ("it-staff", "IT and technical staff", "Support staff", "Network managers, IT technicians and science and DT technicians."),
    ("apprentices", "Apprentices", "Support staff", "Colleagues on an apprenticeship in any role."),
    ("midday-staff", "Midday and catering staff", "Support staff", "Midday supervisors, kitchen and catering colleagues."),
    ("central-team", "Central team", "Central and governance", "Finance, HR, estates, IT and school improvement colleagues in the central team."),
    ("governors", "Governors and trustees", "Central and governance", "Local governors, trustees and members."),
    ("clerks", "Clerks to governors", "Central and governance", "Clerks and governance professionals."),
]
GROUP_SLUGS = [g[0] for g in GROUPS]

FORMATS = ["face-to-face", "face-to-face", "face-to-face", "online", "live-webinar", "blended", "self-study", "coaching", "conference"]
PROVIDERS = [
    "Northfield Teaching School Hub", "Northfield Learning Trust", "Team Teach", "St John Ambulance",
    "The Key Safeguarding", "Local authority safeguarding partnership", "National College", "Education Endowment Foundation",
    "Ambition Institute", "Best Practice Network", "Trust central team", "Maths Hub North", "English Hub Northfield",
    "Institute of School Business Leadership", "National Governance Association", "Red Cross Training",
]
ACCREDITATIONS = [
    "Certificate of attendance", "Ofqual-regulated Level 3 qualification", "DfE National Professional Qualification",
    "CPD Certification Service", "Certificate valid for three years", "Statutory induction",
]
VENUES = [
    "Northfield Training Centre, Room 1", "Northfield Training Centre, Room 2", "Wellsway Academy, Room 4",
    "Castlegate School, Conference Room", "Harrowfield Primary, Community Room", "Westbrook Rise Academy, Sixth Form Centre",
    "Online (live)", "Online (Microsoft Teams)", "Kingsmead Primary, Hall", "Ashby Grange School, Library",
    "Riverside Academy, Studio", "Trust Office, Board Room",
]
TIMES = [("09:00", "15:30"), ("09:00", "12:00"), ("09:30", "15:00"), ("13:00", "16:00"), ("13:30", "15:30"),
         ("15:45", "17:15"), ("16:00", "17:30"), ("08:45", "16:00"), ("10:00", "12:30")]

TOPIC_ADJ = ["Effective", "Practical", "Advanced", "Essential", "Introduction to", "Leading", "Developing", "Understanding",
             "Deepening", "Foundations of", "Refreshing", "Strategic", "Inclusive", "Evidence-informed"]
TOPICS = [
    "Retrieval Practice", "Adaptive Teaching", "Behaviour Management", "Oracy", "Reading Fluency", "Phonics",
    "Questioning", "Feedback and Marking", "Curriculum Design", "Assessment", "SEND Support", "EAL Strategies",
    "Safer Recruitment", "Safeguarding", "Prevent Duty", "First Aid", "Positive Handling", "Fire Safety",
    "Data Protection", "Cyber Security", "Financial Management", "Governance", "Coaching", "Mentoring",
    "Metacognition", "Working Memory", "Disciplinary Literacy", "Mathematics Mastery", "Science Practicals",
    "Attendance", "Wellbeing", "Workload", "Lesson Study", "Middle Leadership", "Line Management", "Appraisal",
    "Exam Access Arrangements", "Manual Handling", "Legionella Awareness", "Asbestos Awareness", "Medicines in School",
    "Autism Awareness", "Attachment and Trauma", "Careers Guidance", "Relationships Education", "Online Safety",
]
TOPIC_SUFFIX = ["", "", "", " in Practice", " for the Classroom", " Network", " Workshop", " Masterclass", " Refresher",
                " Programme", " Clinic", " Briefing", " — Part 1", " — Part 2", " Twilight"]

SUMMARY_OPENERS = [
    "A practical session on", "An introduction to", "A refresher on", "A programme that builds confidence in",
    "A workshop exploring", "An evidence-informed look at", "A network for colleagues working on",
    "Hands-on training in", "A short course on", "A briefing on",
]
SUMMARY_ENDINGS = [
    "with time to plan for your own setting.", "with practical strategies to use the next day.",
    "for colleagues new to the role.", "with examples from across the trust.",
    "that meets the statutory requirement.", "with follow-up coaching in school.",
    "built around the latest research.", "for primary and secondary colleagues.",
]

WORDS = (
    "pupils staff learning teaching lesson classroom practice colleagues school trust curriculum evidence "
    "strategies routines feedback assessment questions planning subject leaders support mentoring coaching "
    "behaviour reading writing vocabulary knowledge memory retrieval modelling explanation expectations "
    "relationships families inclusion send progress outcomes attendance wellbeing workload safeguarding "
    "policy procedures records concerns leadership governance responsibilities sequence examples practice "
    "reflection enquiry research approach session materials activities discussion groups cohort day term "
    "resources checklist handbook observation targets review standards framework confidence habits"
).split()
VERBS = ("explore develop practise review plan share build reflect discuss model apply rehearse compare "
         "examine strengthen refine adapt identify embed").split()
LINK_TARGETS = [
    ("the Education Endowment Foundation guidance", "https://educationendowmentfoundation.org.uk/education-evidence"),
    ("Keeping children safe in education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"),
    ("the ITTECF", "https://www.gov.uk/government/publications/initial-teacher-training-and-early-career-framework"),
    ("the Teachers' Standards", "https://www.gov.uk/government/publications/teachers-standards"),
    ("the trust's CPD policy", "https://intranet.northfield-trust.example/policies/cpd"),
    ("the National Governance Association", "https://www.nga.org.uk/"),
    ("the HSE guidance", "https://www.hse.gov.uk/"),
    ("the course materials", "https://learning.northfield-trust.example/materials"),
]
HEADINGS = ["What you will learn", "How it works", "Who it is for", "Before you come", "After the course",
            "What to bring", "Outcomes", "How this fits the pathway"]


def q(text):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def slugify(text):
    out, dash = [], False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


class Generator:
    def __init__(self, courses, seed):
        self.n = courses
        self.rng = random.Random(seed)
        self.weekdays = [ACADEMIC_FIRST + datetime.timedelta(days=i)
                         for i in range((ACADEMIC_LAST - ACADEMIC_FIRST).days + 1)]
        # Prospectus warns about a session on a bank holiday: weekdays only, those left out.
        self.weekdays = [d for d in self.weekdays if d.weekday() < 5 and d not in BANK_HOLIDAYS]
        self.index = {d: i for i, d in enumerate(self.weekdays)}

    # --- text -----------------------------------------------------------------------------------
    def sentence(self, low=8, high=18, plain=False):
        rng = self.rng
        n = rng.randint(low, high)
        words = [rng.choice(WORDS) for _ in range(n)]
        words.insert(rng.randint(1, max(1, n - 2)), rng.choice(VERBS))
        if not plain and rng.random() < 0.25:
            i = rng.randrange(len(words))
            marker = "*" if rng.random() < 0.6 else "**"
            words[i] = marker + words[i] + marker
        if not plain and rng.random() < 0.12:
            text, url = rng.choice(LINK_TARGETS)
            words.insert(rng.randint(0, len(words)), f"[{text}]({url})")
        s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def paragraph(self, sentences):
        line = " ".join(self.sentence() for _ in range(sentences))
        # wrap at ~100 columns like the sample content
        out, cur = [], ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > 100:
                out.append(cur)
                cur = word
            else:
                cur = (cur + " " + word) if cur else word
        if cur:
            out.append(cur)
        return "\n".join(out)

    def body(self, target_words):
        rng = self.rng
        parts = [self.paragraph(rng.randint(2, 4))]
        headings = rng.sample(HEADINGS, k=min(len(HEADINGS), rng.randint(2, 4)))
        for h in headings:
            if sum(len(p.split()) for p in parts) >= target_words:
                break
            parts.append("## " + h)
            kind = rng.random()
            if kind < 0.45:
                items = []
                for _ in range(rng.randint(3, 6)):
                    item = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10)))
                    items.append("- " + item[0].upper() + item[1:])
                parts.append("\n".join(items))
            elif kind < 0.6:
                items = []
                for i in range(rng.randint(3, 5)):
                    item = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 11)))
                    items.append(f"{i + 1}. " + item[0].upper() + item[1:])
                parts.append("\n".join(items))
            else:
                parts.append(self.paragraph(rng.randint(2, 5)))
        while sum(len(p.split()) for p in parts) < target_words:
            parts.append(self.paragraph(rng.randint(2, 4)))
        # trim to at most ~400 words by dropping trailing blocks (keep at least 150)
        while len(parts) > 2 and sum(len(p.split()) for p in parts) > 400:
            parts.pop()
        return "\n\n".join(parts) + "\n"

    # --- dates ----------------------------------------------------------------------------------
    def sessions(self, fmt):
        rng = self.rng
        if fmt in ("self-study", "online") and rng.random() < 0.7:
            return []
        count = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        if count == 0:
            return []
        statuses = []
        for _ in range(count):
            r = rng.random()
            statuses.append("open" if r < 0.78 else "closed" if r < 0.86 else "cancelled" if r < 0.92 else "tbc")
        # at most one full session, and only when another one is open
        if count >= 2 and "open" in statuses and rng.random() < 0.3:
            candidates = [i for i, s in enumerate(statuses) if s != "open" or statuses.count("open") > 1]
            if candidates:
                statuses[rng.choice(candidates)] = "full"
        if "full" in statuses and "open" not in statuses:
            statuses = ["open" if s == "full" else s for s in statuses]
        out = []
        for status in statuses:
            s = {"status": status}
            if fmt == "blended" or (fmt in ("coaching", "face-to-face") and rng.random() < 0.12):
                k = rng.randint(2, 4)
                start = rng.randrange(0, len(self.weekdays) - 60)
                step = rng.randint(5, 15)
                s["days"] = [self.weekdays[start + i * step] for i in range(k)]
            else:
                s["date"] = rng.choice(self.weekdays)
            s["time"] = rng.choice(TIMES)
            s["venue"] = "Online (live)" if fmt in ("live-webinar", "online") else rng.choice(VENUES)
            if rng.random() < 0.8:
                places = rng.choice([8, 10, 12, 15, 16, 20, 24, 25, 30, 40, 60, 200])
                s["places"] = places
                if status == "open" and rng.random() < 0.35:
                    s["places_left"] = rng.randint(1, places)
            if rng.random() < 0.5:
                s["cover_needed"] = rng.random() < 0.5
            out.append(s)
        # Prospectus warns about a session listed twice (same days, start and venue): move a clash
        # to the next free weekday (no random draws, so other courses are unaffected).
        seen = set()
        for s in out:
            original = s["days"] if "days" in s else [s["date"]]
            for offset in (o for k in range(len(self.weekdays)) for o in (k, k + 1, -k - 1)):
                positions = [self.index[d] + offset for d in original]
                if positions[0] < 0 or positions[-1] >= len(self.weekdays):
                    continue
                days = tuple(self.weekdays[p] for p in positions)
                key = (days, s["time"][0], s["venue"])
                if key not in seen:
                    seen.add(key)
                    if "days" in s:
                        s["days"] = list(days)
                    else:
                        s["date"] = days[0]
                    break
        out.sort(key=lambda s: (s.get("date") or s["days"][0], s["time"][0]))
        return out

    # --- files ----------------------------------------------------------------------------------
    def course(self, index, slug, title, group_cover):
        rng = self.rng
        strand_title, _, prefix = STRANDS[index % len(STRANDS)] if index < len(STRANDS) else rng.choice(STRANDS)
        fmt = rng.choice(FORMATS)
        if strand_title == "Online learning":
            fmt = rng.choice(["online", "live-webinar", "self-study"])
        elif strand_title == "Trust conference":
            fmt = "conference"
        lines = ["---", f"title: {q(title)}", f"code: {prefix}-{index + 1:05d}"]
        lines.append("summary: " + q(f"{rng.choice(SUMMARY_OPENERS)} {title.lower()} {rng.choice(SUMMARY_ENDINGS)}"))
        lines.append(f"strand: {strand_title}")
        if group_cover is not None:
            groups = [group_cover] + rng.sample([g for g in GROUP_SLUGS if g != group_cover], k=rng.randint(0, 3))
            lines.append("groups: [" + ", ".join(groups) + "]")
        elif rng.random() < 0.03:
            lines.append("groups: all")
        else:
            lines.append("groups: [" + ", ".join(rng.sample(GROUP_SLUGS, k=rng.randint(1, 4))) + "]")
        stage_count = rng.choice([0, 0, 1, 1, 1, 2])
        if stage_count:
            picks = sorted(rng.sample(range(len(STAGES)), k=stage_count))
            lines.append("stages: [" + ", ".join(STAGES[i] for i in picks) + "]")
        lines.append(f"format: {fmt}")
        lines.append(f"provider: {q(rng.choice(PROVIDERS))}")
        if rng.random() < 0.3:
            lines.append(f"accreditation: {q(rng.choice(ACCREDITATIONS))}")
        hours = rng.choice([1, 1.5, 2, 3, 3, 6, 6, 12, 20, 30, 45])
        lines.append(f"cpd_hours: {hours}")
        mandatory = strand_title in ("Mandatory training", "Safeguarding") and rng.random() < 0.7
        if mandatory:
            lines.append("mandatory: true")
            lines.append(f"renewal_months: {rng.choice([12, 24, 36])}")
        elif rng.random() < 0.05:
            lines.append(f"renewal_months: {rng.choice([12, 24, 36])}")
        r = rng.random()
        if r < 0.45:
            lines.append("cost: Free to trust staff")
        elif r < 0.8:
            lines.append(f"cost: {rng.choice([0, 25, 45, 60, 75, 120, 150, 250])}")
        else:
            lines.append(f"cost: {rng.choice(['12.50', '37.50', '99.99'])}")
        if rng.random() < 0.4:
            lines.append(f"partner_cost: {rng.choice([30, 45, 60, 90, 120, 180])}")
        if index > 10 and rng.random() < 0.1:
            lines.append(f"prerequisites: [{self.published[rng.randrange(len(self.published))]}]")
        if fmt in ("self-study", "online") and rng.random() < 0.7:
            lines.append(f"link: https://learning.northfield-trust.example/module/{index + 1}")
        sessions = self.sessions(fmt)
        if sessions:
            lines.append("sessions:")
            for s in sessions:
                if "date" in s:
                    lines.append(f"  - date: {s['date'].isoformat()}")
                else:
                    lines.append("  - days: [" + ", ".join(d.isoformat() for d in s["days"]) + "]")
                lines.append(f"    start: \"{s['time'][0]}\"")
                lines.append(f"    end: \"{s['time'][1]}\"")
                lines.append(f"    venue: {q(s['venue'])}")
                if "places" in s:
                    lines.append(f"    places: {s['places']}")
                if "places_left" in s:
                    lines.append(f"    places_left: {s['places_left']}")
                if s["status"] != "open" or rng.random() < 0.3:
                    lines.append(f"    status: {s['status']}")
                if "cover_needed" in s:
                    lines.append(f"    cover_needed: {'true' if s['cover_needed'] else 'false'}")
        draft = group_cover is None and index > 50 and rng.random() < 0.005
        if draft:
            lines.append("draft: true")
        lines.append("---")
        return "\n".join(lines) + "\n" + self.body(rng.randint(150, 400)), draft

    def write(self, out):
        rng = self.rng
        if os.path.exists(out):
            shutil.rmtree(out)
        for sub in ("groups", "courses", "pathways", "pages"):
            os.makedirs(os.path.join(out, sub))
        with open(os.path.join(out, "site.yml"), "w", encoding="utf-8") as f:
            f.write(SITE_YML)
            for title, summary, _ in STRANDS:
                f.write(f"  - title: {title}\n    summary: {q(summary)}\n")
        with open(os.path.join(out, "index.md"), "w", encoding="utf-8") as f:
            f.write(self.paragraph(3) + "\n\n" + self.paragraph(2) + "\n")
        for order, (slug, title, family, summary) in enumerate(GROUPS):
            with open(os.path.join(out, "groups", slug + ".md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {q(title)}\nfamily: {family}\nsummary: {q(summary)}\norder: {(order % 6 + 1) * 10}\n---\n")
                f.write(self.paragraph(rng.randint(2, 4)) + "\n\n" + self.paragraph(2) + "\n")

        # Course slugs are known first so prerequisites can only point backwards (no loops) at
        # published courses, and pathway steps only at published courses.
        self.published = []
        used = set()
        titles = {}   # Prospectus warns about two courses with one title: a repeat gets a number
        counts = {"courses": 0, "drafts": 0, "pathways": 0}
        # Spread the courses over sub-folders by strand, like the sample content.
        for i in range(self.n):
            title = (rng.choice(TOPIC_ADJ) + " " + rng.choice(TOPICS) + rng.choice(TOPIC_SUFFIX)).strip()
            titles[title.casefold()] = repeat = titles.get(title.casefold(), 0) + 1
            if repeat > 1:
                title = f"{title} {repeat}"
            slug = f"{slugify(title)}-{i + 1}"
            assert slug not in used
            used.add(slug)
            cover = GROUP_SLUGS[i] if i < len(GROUP_SLUGS) else None   # every group gets a course
            text, draft = self.course(i, slug, title, cover)
            strand = text.split("\nstrand: ", 1)[1].split("\n", 1)[0]
            folder = os.path.join(out, "courses", slugify(strand))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as f:
                f.write(text)
            counts["courses"] += 1
            if draft:
                counts["drafts"] += 1
            else:
                self.published.append(slug)

        pathways = max(1, self.n // 50)
        for p in range(pathways):
            topic = rng.choice(TOPICS)
            title = f"{topic} pathway {p + 1}"
            slug = f"{slugify(topic)}-pathway-{p + 1}"
            lines = ["---", f"title: {q(title)}", f"order: {p + 1}",
                     "summary: " + q(f"Step-by-step development in {topic.lower()}, from first steps to leading others.")]
            if rng.random() < 0.1:
                lines.append("groups: all")
            else:
                lines.append("groups: [" + ", ".join(rng.sample(GROUP_SLUGS, k=rng.randint(1, 3))) + "]")
            lines.append("steps:")
            for s in range(rng.randint(2, 5)):
                lines.append(f"  - title: {q(f'Step {s + 1} — ' + rng.choice(['foundations', 'deepening practice', 'leading others', 'sharing expertise', 'specialising']))}")
                if rng.random() < 0.7:
                    lines.append(f"    stage: {rng.choice(STAGES)}")
                if rng.random() < 0.8:
                    lines.append(f"    summary: {q(self.sentence(6, 12, plain=True))}")
                picks = rng.sample(self.published, k=min(len(self.published), rng.randint(1, 4)))
                lines.append("    courses: [" + ", ".join(picks) + "]")
            lines.append("---")
            with open(os.path.join(out, "pathways", slug + ".md"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n" + self.paragraph(rng.randint(2, 4)) + "\n")
            counts["pathways"] += 1

        pages = [("how-to-book", "How to book", "Booking a place, cancelling, arranging cover and evaluating what you attended."),
                 ("cpd-entitlement", "Your CPD entitlement", "What every colleague can expect from the trust each year.")]
        for order, (slug, title, summary) in enumerate(pages):
            with open(os.path.join(out, "pages", slug + ".md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {q(title)}\nsummary: {q(summary)}\norder: {order + 1}\n---\n")
                f.write(self.body(200))
        return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--courses", "-n", type=int, required=True, help="number of courses")
    parser.add_argument("--out", "-o", required=True, help="content folder to (re)create")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = parser.parse_args()
    if args.courses < len(GROUPS):
        parser.error(f"--courses must be at least {len(GROUPS)} (one course per staff group)")
    counts = Generator(args.courses, args.seed * 1_000_003 + args.courses).write(args.out)
    print(f"{args.out}: {counts['courses']} courses ({counts['drafts']} drafts), {len(GROUPS)} groups, "
          f"{counts['pathways']} pathways, 2 pages", file=sys.stderr)


if __name__ == "__main__":
    main()
