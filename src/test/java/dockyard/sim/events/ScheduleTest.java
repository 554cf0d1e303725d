package dockyard.sim.events;

import dockyard.sim.AwsException;
import dockyard.sim.Kernel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schedule expressions as EB's eb-create-rule-schedule describes them (UTC, minute precision, six-field cron). */
class ScheduleTest {
    private static final long MIN = Schedule.MINUTE;

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli() - Kernel.EPOCH.toEpochMilli();
    }

    private static void invalid(String expression) {
        assertThatThrownBy(() -> Schedule.parse(expression))
                .isInstanceOf(AwsException.class)
                .hasMessage("Parameter ScheduleExpression is not valid.")
                .satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("ValidationException"));
    }

    @Test
    void aRateOfOneTakesTheSingularUnitAndLargerValuesThePlural() {
        assertThat(Schedule.parse("rate(1 hour)")).isEqualTo(new Schedule.Rate(60 * MIN));
        assertThat(Schedule.parse("rate(6 hours)")).isEqualTo(new Schedule.Rate(360 * MIN));
        assertThat(Schedule.parse("rate(1 minute)")).isEqualTo(new Schedule.Rate(MIN));
        assertThat(Schedule.parse("rate(2 days)")).isEqualTo(new Schedule.Rate(2 * 24 * 60 * MIN));
        invalid("rate(1 hours)");
        invalid("rate(5 hour)");
        invalid("rate(0 minutes)");
        invalid("rate(5 seconds)");
        invalid("rate(5minutes)");
        invalid("every 5 minutes");
    }

    @Test
    void aRateFiresEveryPeriodCountedFromTheMinuteItWasCreatedIn() {
        Schedule five = Schedule.parse("rate(5 minutes)");
        long created = 10_000;
        long t = created;
        int runs = 0;
        while ((t = five.nextAfter(t, created)) <= created + 30 * MIN) runs++;
        assertThat(runs).isEqualTo(6);
        assertThat(five.nextAfter(created, created)).isEqualTo(5 * MIN);
    }

    @Test
    void cronNeedsSixFieldsAndExactlyOneQuestionMarkInTheDayFields() {
        invalid("cron(0 12 * * *)");
        invalid("cron(0 12 * * * *)");
        invalid("cron(0 12 ? * ? *)");
        invalid("cron(60 12 * * ? *)");
        invalid("cron(0 24 * * ? *)");
        invalid("cron(0 12 * 13 ? *)");
        invalid("cron(0 12 ? * 8 *)");
        invalid("cron(0 12 * * ? 2200)");
    }

    @Test
    void cronFiresAtTheNextMatchingMinuteInUtc() {
        Schedule noon = Schedule.parse("cron(0 12 * * ? *)");
        assertThat(noon.nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-02T12:00:00Z"));
        assertThat(noon.nextAfter(at("2026-03-02T12:00:00Z"), 0)).isEqualTo(at("2026-03-03T12:00:00Z"));
        Schedule quarter = Schedule.parse("cron(0/15 * * * ? *)");
        assertThat(quarter.nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-02T09:15:00Z"));
        assertThat(quarter.nextAfter(at("2026-03-02T09:50:10Z"), 0)).isEqualTo(at("2026-03-02T10:00:00Z"));
    }

    @Test
    void dayOfWeekRunsFromSundayOneToSaturdaySevenAndTakesNames() {
        Schedule weekdays = Schedule.parse("cron(0 18 ? * MON-FRI *)");
        // 2026-03-06 is a Friday.
        assertThat(weekdays.nextAfter(at("2026-03-06T18:00:00Z"), 0)).isEqualTo(at("2026-03-09T18:00:00Z"));
        Schedule sunday = Schedule.parse("cron(30 1 ? * 1 *)");
        assertThat(sunday.nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-08T01:30:00Z"));
    }

    @Test
    void lastDayLastWeekdayAndNthWeekdayOfTheMonth() {
        assertThat(Schedule.parse("cron(0 0 L * ? *)").nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-31T00:00:00Z"));
        // The last Friday of March 2026 is the 27th; the second Tuesday is the 10th.
        assertThat(Schedule.parse("cron(15 10 ? * 6L *)").nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-27T10:15:00Z"));
        assertThat(Schedule.parse("cron(0 9 ? * 3#2 *)").nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-03-10T09:00:00Z"));
        // 2026-03-01 is a Sunday: the weekday nearest the 1st is Monday the 2nd; in April (1st = Wednesday) it is the 1st.
        assertThat(Schedule.parse("cron(0 8 1W * ? *)").nextAfter(at("2026-03-02T09:00:00Z"), 0)).isEqualTo(at("2026-04-01T08:00:00Z"));
    }

    @Test
    void aCronWhoseYearsArePastNeverFiresAgain() {
        assertThat(Schedule.parse("cron(15 10 ? * 6L 2019-2022)").nextAfter(0, 0)).isEqualTo(-1);
    }
}
