package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.testing.LeakGuardExtension;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * query_sm, cancel_sm and replace_sm and their responses through the encoder and decoder with arbitrary valid fields
 * and sequence numbers: each field the client and the simulator read comes back as it was written. The PDU-wide round
 * trip ({@link PduRoundTripPropertiesTest}) checks equality; this one names the fields, so a failure says which.
 */
class OperationPduPropertiesTest {
    private static final int TRIES = 1000;

    @BeforeContainer
    static void installLeakGuard() throws InterruptedException {
        LeakGuardExtension.collect();
    }

    @AfterContainer
    static void noLeaks() throws InterruptedException {
        assertThat(LeakGuardExtension.collect()).as("leaked buffers").isEmpty();
    }

    @Provide
    Arbitrary<Integer> sequences() {
        return Arbitraries.integers().between(1, 0x7FFFFFFF);
    }

    @Provide
    Arbitrary<CommandStatus> statuses() {
        return Arbitraries.of(
                CommandStatus.ESME_ROK,
                CommandStatus.ESME_RQUERYFAIL,
                CommandStatus.ESME_RCANCELFAIL,
                CommandStatus.ESME_RREPLACEFAIL,
                CommandStatus.ESME_RINVSRCADR,
                CommandStatus.ESME_RINVMSGID,
                CommandStatus.ESME_RSYSERR);
    }

    @Provide
    Arbitrary<QuerySm> querySms() {
        return PduRoundTripPropertiesTest.querySm();
    }

    @Provide
    Arbitrary<QuerySmResp> querySmResps() {
        return PduRoundTripPropertiesTest.querySmResp();
    }

    @Provide
    Arbitrary<CancelSm> cancelSms() {
        return PduRoundTripPropertiesTest.cancelSm();
    }

    @Provide
    Arbitrary<ReplaceSm> replaceSms() {
        return PduRoundTripPropertiesTest.replaceSm();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Pdu> T roundTrip(T pdu) {
        ByteBuf frame = Unpooled.wrappedBuffer(PduRoundTripPropertiesTest.encode(pdu));
        Pdu decoded = PduCodec.decode(frame);
        assertThat(frame.isReadable()).as("the frame is consumed").isFalse();
        assertThat(decoded).isInstanceOf(pdu.getClass()).isEqualTo(pdu);
        assertThat(decoded.sequenceNumber()).isEqualTo(pdu.sequenceNumber());
        assertThat(decoded.commandStatus()).isEqualTo(pdu.commandStatus());
        return (T) decoded;
    }

    @Property(tries = TRIES, seed = "1401", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.MIXIN)
    void querySmRoundTrips(@ForAll("querySms") QuerySm sm, @ForAll("sequences") int sequence) {
        QuerySm in = sm.withSequenceNumber(sequence);
        QuerySm out = roundTrip(in);
        assertThat(out.messageId()).isEqualTo(in.messageId());
        assertThat(out.sourceAddress()).isEqualTo(in.sourceAddress());
        assertThat(out.tlvs()).isEqualTo(in.tlvs());
    }

    @Property(tries = TRIES, seed = "1402", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.MIXIN)
    void querySmRespRoundTrips(@ForAll("querySmResps") QuerySmResp resp, @ForAll("sequences") int sequence) {
        QuerySmResp in = resp.withSequenceNumber(sequence);
        QuerySmResp out = roundTrip(in);
        assertThat(out.messageId()).isEqualTo(in.messageId());
        assertThat(out.finalDate()).isEqualTo(in.finalDate());
        assertThat(out.messageStateCode()).isEqualTo(in.messageStateCode());
        assertThat(out.errorCode()).isEqualTo(in.errorCode());
    }

    @Property(tries = TRIES, seed = "1403", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.MIXIN)
    void cancelSmRoundTrips(@ForAll("cancelSms") CancelSm sm, @ForAll("sequences") int sequence) {
        CancelSm in = sm.withSequenceNumber(sequence);
        CancelSm out = roundTrip(in);
        assertThat(out.serviceType()).isEqualTo(in.serviceType());
        assertThat(out.messageId()).isEqualTo(in.messageId());
        assertThat(out.sourceAddress()).isEqualTo(in.sourceAddress());
        assertThat(out.destAddress()).isEqualTo(in.destAddress());
    }

    @Property(tries = TRIES, seed = "1404", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.MIXIN)
    void replaceSmRoundTrips(@ForAll("replaceSms") ReplaceSm sm, @ForAll("sequences") int sequence) {
        ReplaceSm in = sm.withSequenceNumber(sequence);
        ReplaceSm out = roundTrip(in);
        assertThat(out.messageId()).isEqualTo(in.messageId());
        assertThat(out.sourceAddress()).isEqualTo(in.sourceAddress());
        assertThat(out.scheduleDeliveryTime()).isEqualTo(in.scheduleDeliveryTime());
        assertThat(out.validityPeriod()).isEqualTo(in.validityPeriod());
        assertThat(out.registeredDelivery()).isEqualTo(in.registeredDelivery());
        assertThat(out.smDefaultMsgId()).isEqualTo(in.smDefaultMsgId());
        assertThat(out.shortMessage()).isEqualTo(in.shortMessage());
    }

    @Property(tries = 300, seed = "1405", whenFixedSeed = FixedSeedMode.ALLOW, edgeCases = EdgeCasesMode.MIXIN)
    void cancelAndReplaceResponsesRoundTrip(
            @ForAll("statuses") CommandStatus status, @ForAll("sequences") int sequence) {
        CancelSmResp cancel = roundTrip(CancelSmResp.create(status).withSequenceNumber(sequence));
        assertThat(cancel.commandStatus()).isEqualTo(status);
        ReplaceSmResp replace = roundTrip(ReplaceSmResp.create(status).withSequenceNumber(sequence));
        assertThat(replace.sequenceNumber()).isEqualTo(sequence);
    }
}
