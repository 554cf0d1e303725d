package dockyard.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingTest {
    @Test
    void durationsAreMillisecondsWithThreeDecimalsLikeTheFormatterGave() {
        assertThat(WebServer.millis(1_234_567)).isEqualTo("1.234");
        assertThat(WebServer.millis(5_000)).isEqualTo("0.005");
        assertThat(WebServer.millis(12_050_000)).isEqualTo("12.050");
        assertThat(WebServer.millis(3_000_000_000L)).isEqualTo("3000.000");
        assertThat(WebServer.millis(999)).isEqualTo("0.000");
    }
}
