import Catalogue
import Testing
@testable import Uptake

@Suite struct UptakeTypesTests {
    @Test func meanRatingIsNilUntilSomeoneRates() {
        #expect(EvaluationSummary(responses: 2).meanRating == nil)
        #expect(EvaluationSummary(responses: 3, rated: 2, ratingTotal: 9).meanRating == 4.5)
    }
}
