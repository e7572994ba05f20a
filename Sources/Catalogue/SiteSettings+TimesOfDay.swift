extension SiteSettings {
    /// `times_of_day: { school_day_ends: "15:30", twilight_starts: "16:00", evening_starts: "18:00" }`:
    /// each optional (today's boundaries when left out), and in that order. Sessions starting between
    /// the end of the school day and `twilight_starts` are "after school".
    static func readDayBoundaries(_ reader: MappingReader) -> DayBoundaries {
        let standard = DayBoundaries.standard
        guard let node = reader.value("times_of_day"),
              let times = MappingReader(node, path: "times_of_day", log: reader.log, what: "times_of_day") else { return standard }
        times.rejectUnknownKeys(["school_day_ends", "twilight_starts", "evening_starts"])
        let schoolDayEnds = times.time("school_day_ends")
        let twilightStarts = times.time("twilight_starts")
        let eveningStarts = times.time("evening_starts")
        let ends = schoolDayEnds?.0 ?? standard.schoolDayEnds
        let boundaries = DayBoundaries(
            schoolDayEnds: ends, twilightStarts: twilightStarts?.0 ?? max(ends, standard.twilightStarts),
            eveningStarts: eveningStarts?.0 ?? standard.eveningStarts)
        if boundaries.twilightStarts < boundaries.schoolDayEnds {
            times.log.error(.timesOfDayOutOfOrder, "twilight starts (\(boundaries.twilightStarts)) before the school day ends (\(boundaries.schoolDayEnds))",
                            at: twilightStarts?.1 ?? schoolDayEnds?.1, keyPath: times.keyPath(twilightStarts != nil ? "twilight_starts" : "school_day_ends"),
                            suggestion: "twilight_starts is the end of 'after school': write a time at or after school_day_ends, or leave it out for no after-school band")
            return standard
        }
        if boundaries.eveningStarts < boundaries.twilightStarts {
            times.log.error(.timesOfDayOutOfOrder, "the evening starts (\(boundaries.eveningStarts)) before twilight (\(boundaries.twilightStarts))",
                            at: eveningStarts?.1 ?? twilightStarts?.1 ?? schoolDayEnds?.1, keyPath: times.keyPath(eveningStarts != nil ? "evening_starts" : "twilight_starts"),
                            suggestion: "write evening_starts: \"18:00\" or another time after twilight_starts (times use the 24-hour clock)")
            return standard
        }
        return boundaries
    }
}
