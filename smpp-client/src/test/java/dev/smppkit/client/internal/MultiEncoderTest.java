package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.client.OutboundMessage;
import dev.smppkit.codec.Address;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.text.ConcatMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message to several destinations becomes one submit_multi per segment, each with every destination. */
class MultiEncoderTest {
    private static final Address FROM = Address.alphanumeric("ACME");
    private static final Address A = Address.international("447700900001");
    private static final Address B = Address.international("447700900002");

    private final MessageEncoder encoder = new MessageEncoder(ConcatMode.UDH_8BIT, 255);

    @Test
    void aShortMessageToTwoDestinationsIsOneSubmitMulti() {
        SmppTime validity = SmppTime.relative(Duration.ofHours(2));
        List<BaseSm<?>> pdus = encoder.encode(OutboundMessage.builder()
                .from(FROM)
                .to(A)
                .alsoTo(B)
                .distributionList("team")
                .text("hello")
                .requestReceipt(true)
                .serviceType("CMT")
                .priority(2)
                .validityPeriod(validity)
                .build());

        assertThat(pdus).singleElement().isInstanceOfSatisfying(SubmitMulti.class, m -> {
            assertThat(m.destinations())
                    .containsExactly(
                            DestinationAddress.sme(A),
                            DestinationAddress.sme(B),
                            DestinationAddress.distributionList("team"));
            assertThat(m.sourceAddress()).isEqualTo(FROM);
            assertThat(m.destAddress()).isEqualTo(Address.NULL);
            assertThat(m.shortMessage()).isEqualTo("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(m.registeredDelivery()).isEqualTo(RegisteredDelivery.RECEIPT);
            assertThat(m.serviceType()).isEqualTo("CMT");
            assertThat(m.priorityFlag()).isEqualTo(2);
            assertThat(m.validityPeriod()).contains(validity);
        });
    }

    @Test
    void aLongMessageIsSplitLikeASubmitSmWithTheSameSegments() {
        String text = "0123456789".repeat(16) + "X"; // 161 GSM characters: two segments
        List<BaseSm<?>> multi = encoder.encode(
                OutboundMessage.builder().from(FROM).to(A).alsoTo(B).text(text).build());
        List<BaseSm<?>> single = encoder.encode(
                OutboundMessage.builder().from(FROM).to(A).text(text).build());

        assertThat(multi).hasSize(2).allSatisfy(p -> assertThat(p).isInstanceOf(SubmitMulti.class));
        assertThat(single).hasSize(2).allSatisfy(p -> assertThat(p).isInstanceOf(SubmitSm.class));
        for (int i = 0; i < 2; i++) {
            BaseSm<?> m = multi.get(i);
            BaseSm<?> s = single.get(i);
            assertThat(((SubmitMulti) m).destinations()).hasSize(2);
            assertThat(m.esmClass()).isEqualTo(s.esmClass());
            assertThat(m.dataCoding()).isEqualTo(s.dataCoding());
            // Same UDH layout and text; only the concatenation reference differs (each message draws its own).
            byte[] mb = m.shortMessage();
            byte[] sb = s.shortMessage();
            assertThat(mb.length).isEqualTo(sb.length);
            assertThat(java.util.Arrays.copyOfRange(mb, 4, mb.length))
                    .isEqualTo(java.util.Arrays.copyOfRange(sb, 4, sb.length));
        }
        assertThat(multi.get(0).shortMessage()[3]).isEqualTo(multi.get(1).shortMessage()[3]); // one reference
    }

    @Test
    void aPayloadSplitPutsTheWholeTextInOneSubmitMulti() {
        String text = "x".repeat(400);
        List<BaseSm<?>> pdus = encoder.encode(OutboundMessage.builder()
                .to(A)
                .alsoTo(B)
                .text(text)
                .concatMode(ConcatMode.PAYLOAD)
                .build());
        assertThat(pdus).singleElement().satisfies(p -> {
            assertThat(p).isInstanceOf(SubmitMulti.class);
            assertThat(p.tlvs().messagePayloadLength()).isEqualTo(400);
            assertThat(p.smLength()).isZero();
        });
    }
}
