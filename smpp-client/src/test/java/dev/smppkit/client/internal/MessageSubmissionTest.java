package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.client.QueuedMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.SubmitSm;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSubmissionTest {
    private static final OutboundMessage MESSAGE = OutboundMessage.builder()
            .to(Address.international("447700900123"))
            .text("hi")
            .build();
    private static final QueuedMessage QUEUED = new QueuedMessage("q1", MESSAGE, 1, Instant.EPOCH);

    private static MessageSubmission submission(int segments) {
        List<SubmitSm> pdus = new java.util.ArrayList<>();
        for (int i = 0; i < segments; i++) {
            pdus.add(SubmitSm.builder()
                    .destAddress(Address.international("447700900123"))
                    .shortMessage(new byte[] {(byte) i})
                    .build());
        }
        return new MessageSubmission(QUEUED, List.copyOf(pdus));
    }

    @Test
    void finishIsTrueOnlyTheFirstTime() {
        MessageSubmission s = submission(2);
        assertThat(s.isFinished()).isFalse();

        assertThat(s.finish()).isTrue();
        assertThat(s.finish()).isFalse();
        assertThat(s.finish()).isFalse();
        assertThat(s.isFinished()).isTrue();
    }

    @Test
    void acceptCompletesOnlyWhenEverySegmentIsAccepted() {
        MessageSubmission s = submission(3);

        assertThat(s.accept(0, "id-0")).isFalse();
        assertThat(s.accept(2, "id-2")).isFalse();
        assertThat(s.accept(1, "id-1")).isTrue();
    }

    @Test
    void idsAreCollectedInSegmentOrderWhateverTheResponseOrder() {
        MessageSubmission s = submission(3);
        s.accept(2, "c");
        s.accept(0, "a");
        s.accept(1, "b");

        assertThat(s.allIds()).containsExactly("a", "b", "c");
        assertThat(s.acceptedIds()).containsExactly("a", "b", "c");
    }

    @Test
    void aDuplicateAcceptOfTheSameSegmentDoesNotCountTwice() {
        MessageSubmission s = submission(2);

        assertThat(s.accept(0, "a")).isFalse();
        assertThat(s.accept(0, "a-again")).as("segment 1 still missing").isFalse();
        assertThat(s.accept(1, "b")).isTrue();
        assertThat(s.allIds()).containsExactly("a", "b");
    }

    @Test
    void acceptedIdsHoldOnlyWhatWasAccepted() {
        MessageSubmission s = submission(3);
        s.accept(1, "b");

        assertThat(s.acceptedIds()).containsExactly("b");
    }

    @Test
    void allIdsIsACopy() {
        MessageSubmission s = submission(1);
        s.accept(0, "a");
        List<String> ids = s.allIds();

        ids.set(0, "changed");

        assertThat(s.allIds()).containsExactly("a");
    }

    @Test
    void throttlingIsCountedPerSegment() {
        MessageSubmission s = submission(2);

        assertThat(s.throttled(0)).isEqualTo(1);
        assertThat(s.throttled(0)).isEqualTo(2);
        assertThat(s.throttled(1)).isEqualTo(1);
    }

    @Test
    void writtenIsTracked() {
        MessageSubmission s = submission(2);
        assertThat(s.anyWritten()).isFalse();

        s.written();

        assertThat(s.anyWritten()).isTrue();
    }

    @Test
    void partsPointAtTheirSegment() {
        MessageSubmission s = submission(3);

        MessageSubmission.Part part = new MessageSubmission.Part(s, 2);

        assertThat(part.pdu()).isSameAs(s.pdus.get(2));
        assertThat(s.segments()).isEqualTo(3);
        assertThat(s.queued).isSameAs(QUEUED);
    }
}
