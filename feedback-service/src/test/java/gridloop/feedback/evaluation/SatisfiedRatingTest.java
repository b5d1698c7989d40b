package gridloop.feedback.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.feedback.appeal.AppealRecord;
import gridloop.feedback.closure.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Satisfied" is a rating of 4 or 5, and that is what an appeal's counters add up. */
class SatisfiedRatingTest {

    @ParameterizedTest(name = "{0} stars: satisfied {1}")
    @CsvSource({"1, false", "2, false", "3, false", "4, true", "5, true"})
    void fourAndFiveAreSatisfied(int satisfaction, boolean satisfied) {
        Rating rating = new Rating();
        rating.satisfaction = satisfaction;
        assertEquals(satisfied, rating.satisfied());

        AppealRecord record = new AppealRecord();
        record.addRating(rating.satisfaction, rating.satisfied());
        record.addRating(rating.satisfaction, rating.satisfied());
        assertEquals(2, record.ratings);
        assertEquals(2 * satisfaction, record.satisfactionSum);
        assertEquals(satisfied ? 2 : 0, record.satisfied);
    }
}
