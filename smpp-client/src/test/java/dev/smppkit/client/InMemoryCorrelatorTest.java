package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class InMemoryCorrelatorTest {
    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();

    private static Tracking tracking(String brokerId) {
        return new Tracking(brokerId, "t-" + brokerId, Map.of("customer", "42"), 1, 1, "447700900123", Instant.EPOCH);
    }

    private static <T> T now(CompletionStage<T> stage) {
        assertThat(stage.toCompletableFuture()).isDone();
        return stage.toCompletableFuture().join();
    }

    private static Optional<String> brokerIdOf(InMemoryCorrelator c, String systemId, String messageId) {
        return now(c.get(systemId, messageId)).map(Tracking::brokerId);
    }

    @Test
    void findsWhatWasPut() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofHours(1), clock);
        Tracking t = tracking("b1");

        now(c.put("acme", "msg-1", t));

        assertThat(now(c.get("acme", "msg-1"))).contains(t);
        assertThat(now(c.get("acme", "msg-2"))).isEmpty();
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void theSameMessageIdOnTwoSystemIdsIsTwoEntries() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofHours(1), clock);

        now(c.put("acme", "42", tracking("from-acme")));
        now(c.put("other", "42", tracking("from-other")));

        assertThat(brokerIdOf(c, "acme", "42")).contains("from-acme");
        assertThat(brokerIdOf(c, "other", "42")).contains("from-other");
        assertThat(brokerIdOf(c, "third", "42")).isEmpty();
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void keysDoNotCollideWhenSystemIdAndMessageIdShareCharacters() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofHours(1), clock);

        now(c.put("ab", "c", tracking("1")));
        now(c.put("a", "bc", tracking("2")));

        assertThat(brokerIdOf(c, "ab", "c")).contains("1");
        assertThat(brokerIdOf(c, "a", "bc")).contains("2");
    }

    @Test
    void evictsTheOldestWhenFull() {
        InMemoryCorrelator c = new InMemoryCorrelator(3, Duration.ofDays(1), clock);
        for (String id : new String[] {"m1", "m2", "m3", "m4"}) {
            now(c.put("acme", id, tracking(id)));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(c.size()).isEqualTo(3);
        assertThat(brokerIdOf(c, "acme", "m1")).isEmpty();
        assertThat(brokerIdOf(c, "acme", "m2")).contains("m2");
        assertThat(brokerIdOf(c, "acme", "m4")).contains("m4");
    }

    @Test
    void putAgainMakesAnEntryYoungest() {
        InMemoryCorrelator c = new InMemoryCorrelator(3, Duration.ofDays(1), clock);
        now(c.put("acme", "m1", tracking("m1")));
        now(c.put("acme", "m2", tracking("m2")));
        now(c.put("acme", "m3", tracking("m3")));
        now(c.put("acme", "m1", tracking("m1-again")));

        now(c.put("acme", "m4", tracking("m4")));

        assertThat(brokerIdOf(c, "acme", "m2")).as("now the oldest").isEmpty();
        assertThat(brokerIdOf(c, "acme", "m1")).contains("m1-again");
        assertThat(c.size()).isEqualTo(3);
    }

    @Test
    void expiresEntriesOlderThanMaxAge() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofHours(1), clock);
        now(c.put("acme", "old", tracking("old")));
        clock.advance(Duration.ofMinutes(30));
        now(c.put("acme", "young", tracking("young")));

        clock.advance(Duration.ofMinutes(30));
        assertThat(brokerIdOf(c, "acme", "old"))
                .as("exactly max age: still kept")
                .contains("old");

        clock.advance(Duration.ofMillis(1));
        assertThat(brokerIdOf(c, "acme", "old")).isEmpty();
        assertThat(brokerIdOf(c, "acme", "young")).contains("young");
        assertThat(c.size()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(30));
        assertThat(brokerIdOf(c, "acme", "young")).isEmpty();
        assertThat(c.size()).isZero();
    }

    @Test
    void putEvictsExpiredEntriesToo() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofMinutes(1), clock);
        now(c.put("acme", "m1", tracking("m1")));
        now(c.put("acme", "m2", tracking("m2")));
        clock.advance(Duration.ofMinutes(2));

        now(c.put("acme", "m3", tracking("m3")));

        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void removeForgetsOnlyThatEntry() {
        InMemoryCorrelator c = new InMemoryCorrelator(100, Duration.ofHours(1), clock);
        now(c.put("acme", "42", tracking("a")));
        now(c.put("other", "42", tracking("b")));

        now(c.remove("acme", "42"));
        now(c.remove("acme", "never-stored"));

        assertThat(brokerIdOf(c, "acme", "42")).isEmpty();
        assertThat(brokerIdOf(c, "other", "42")).contains("b");
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void maxEntriesIsChecked() {
        assertThatThrownBy(() -> new InMemoryCorrelator(0, Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEntries is 0; must be at least 1");
    }
}
