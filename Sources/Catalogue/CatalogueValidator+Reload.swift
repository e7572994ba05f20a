extension ContentLoader {
    /// `finish` for a reload in which only the courses `changed` (each loaded without an error) differ
    /// from `previous`, the catalogue the last `finish` with `validation` made: the same result,
    /// made from `previous` with those courses put in place (`Catalogue.replacingCourses`) and the
    /// checks across courses kept where the change cannot reach them. `diagnostics` are every file's,
    /// as `finish` is given them and the parse of each file adds them. Nil when it cannot be done so
    /// (a course turned draft, its groups changed, an error): `finish` must then be used.
    package func refinish(_ previous: Catalogue, changed: [Course], diagnostics: [Diagnostic], fileCount: Int,
                          validation: inout ValidationCache) -> LoadResult? {
        guard !diagnostics.hasErrors, let catalogue = previous.replacingCourses(changed) else { return nil }
        var diagnostics = diagnostics
        diagnostics += CatalogueValidator.validate(catalogue, complete: true, cache: &validation, changed: Set(changed.map(\.slug)),
                                                    othersChanged: false)
        return LoadResult(catalogue: diagnostics.hasErrors ? nil : catalogue, diagnostics: diagnostics.sorted(), fileCount: fileCount)
    }
}
