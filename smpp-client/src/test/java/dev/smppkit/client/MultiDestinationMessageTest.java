package dev.smppkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The destinations of an {@link OutboundMessage} and the per-destination view of its outcome. */
class MultiDestinationMessageTest {
    private static final Address A = Address.international("447700900001");
    private static final Address B = Address.international("447700900002");

    @Test
    void oneDestinationIsAPlainSubmitSm() {
        OutboundMessage m = OutboundMessage.builder().to(A).text("x").build();
        assertThat(m.isMulti()).isFalse();
        assertThat(m.destinations()).containsExactly(DestinationAddress.sme(A));
    }

    @Test
    void addedDestinationsFollowTheToAddressInOrder() {
        OutboundMessage m = OutboundMessage.builder()
                .to(A)
                .distributionList("team")
                .alsoTo(B)
                .text("x")
                .build();
        assertThat(m.isMulti()).isTrue();
        assertThat(m.destination()).isEqualTo(A);
        assertThat(m.destinations())
                .containsExactly(
                        DestinationAddress.sme(A),
                        DestinationAddress.distributionList("team"),
                        DestinationAddress.sme(B));
        assertThat(m.toString()).contains("and 2 more");
    }

    @Test
    void withoutToTheFirstAddedAddressIsTheDestination() {
        OutboundMessage m =
                OutboundMessage.builder().alsoTo(B).alsoTo(A).text("x").build();
        assertThat(m.destination()).isEqualTo(B);
        assertThat(m.destinations()).containsExactly(DestinationAddress.sme(B), DestinationAddress.sme(A));
    }

    @Test
    void aDistributionListAloneIsSubmitMultiWithANullDestination() {
        OutboundMessage m =
                OutboundMessage.builder().distributionList("all").text("x").build();
        assertThat(m.isMulti()).isTrue();
        assertThat(m.destination()).isEqualTo(Address.NULL);
    }

    @Test
    void equalityCoversTheDestinations() {
        OutboundMessage one =
                OutboundMessage.builder().to(A).alsoTo(B).text("x").build();
        OutboundMessage same =
                OutboundMessage.builder().to(A).alsoTo(B).text("x").build();
        OutboundMessage other = OutboundMessage.builder().to(A).text("x").build();
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @Test
    void distributionListNamesAreCheckedAndNamed() {
        OutboundMessage.Builder b = OutboundMessage.builder();
        assertThatThrownBy(() -> b.distributionList("x".repeat(21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dl_name");
        assertThatThrownBy(() -> b.distributionList(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dl_name is empty");
        assertThatThrownBy(() -> b.distributionList(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.distributionList("x".repeat(20))).isSameAs(b);
    }

    @Test
    void addressesAreCheckedAndDuplicatesRefused() {
        OutboundMessage.Builder b = OutboundMessage.builder().to(A);
        assertThatThrownBy(() -> b.alsoTo(Address.international("1".repeat(21))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("destination_addr");
        assertThatThrownBy(() -> b.alsoTo(A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("added already");
        assertThatThrownBy(() -> b.alsoTo(null)).isInstanceOf(NullPointerException.class);
        b.distributionList("l");
        assertThatThrownBy(() -> b.distributionList("l")).hasMessageContaining("added already");
        // to(...) set after an equal alsoTo(...) is found at build time
        OutboundMessage.Builder late = OutboundMessage.builder().alsoTo(A).to(A).text("x");
        assertThatThrownBy(late::build).hasMessageContaining("both to(...) and alsoTo(...)");
    }

    @Test
    void atMost254Destinations() {
        OutboundMessage.Builder b = OutboundMessage.builder().to(A).text("x");
        for (int i = 1; i < 254; i++) {
            b.alsoTo(Address.international(String.valueOf(447700000000L + i)));
        }
        assertThat(b.build().destinations()).hasSize(254);
        assertThatThrownBy(() -> b.alsoTo(Address.international("447711111111")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number_of_dests would be 255; must be 1-254");
        assertThatThrownBy(() -> b.distributionList("one-more")).hasMessageContaining("number_of_dests");
    }

    @Test
    void aMessageNeedsSomeDestination() {
        assertThatThrownBy(() -> OutboundMessage.builder().text("x").build())
                .hasMessage("destination_addr is required (to(...))");
    }

    @Test
    void unsuccessEntriesMatchTheirDestinations() {
        OutboundMessage m = OutboundMessage.builder()
                .to(A)
                .alsoTo(B)
                .distributionList("team")
                .text("x")
                .build();
        // B comes back with another TON/NPI: matched by its digits; the list by its name.
        SubmitOutcome outcome = new SubmitOutcome.Accepted(
                List.of("id1"),
                "acc",
                List.of(
                        new UnsuccessSme(Address.of(0, 0, B.value()), CommandStatus.ESME_RINVDSTADR),
                        new UnsuccessSme(Address.of(0, 0, "team"), CommandStatus.ESME_RINVDLNAME)));

        SubmitMultiResult r = SubmitMultiResult.of(m, outcome);

        assertThat(r.destinations())
                .extracting(SubmitMultiResult.DestinationResult::status)
                .containsExactly(CommandStatus.ESME_ROK, CommandStatus.ESME_RINVDSTADR, CommandStatus.ESME_RINVDLNAME);
        assertThat(r.failed()).hasSize(2);
        assertThat(r.unsuccessful()).hasSize(2);
        assertThat(r.summary()).isEqualTo("accepted, 2 of 3 destinations failed");
    }

    @Test
    void aRejectionRejectsEveryDestinationAndAFailureHasNoDestinations() {
        OutboundMessage m = OutboundMessage.builder().to(A).alsoTo(B).text("x").build();
        SubmitMultiResult rejected =
                SubmitMultiResult.of(m, new SubmitOutcome.Rejected(CommandStatus.ESME_RINVNUMDESTS, List.of()));
        assertThat(rejected.destinations())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.accepted()).isFalse());
        SubmitMultiResult failed =
                SubmitMultiResult.of(m, new SubmitOutcome.Failed(new ResponseTimeoutException("no answer")));
        assertThat(failed.destinations()).isEmpty();
        assertThat(failed.unsuccessful()).isEmpty();
        assertThat(failed.isAccepted()).isFalse();
    }

    @Test
    void anAcceptedOutcomeWithoutUnsuccessListHasNone() {
        assertThat(new SubmitOutcome.Accepted(List.of("1")).unsuccessful()).isEmpty();
        assertThat(new SubmitOutcome.Accepted(List.of("1"), "a").unsuccessful()).isEmpty();
    }
}
