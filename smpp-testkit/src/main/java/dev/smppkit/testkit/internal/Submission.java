package dev.smppkit.testkit.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import java.util.List;

/**
 * What the store keeps of an accepted submit_sm, submit_multi or data_sm: the fields its receipts and query_sm need.
 *
 * @param destinations the accepted destinations
 * @param body the short_message or message_payload, UDH included when {@code udhi}
 * @param scheduleDeliveryTime null: deliver at once
 * @param validityPeriod null: the SMSC default (for the simulator: no end)
 */
record Submission(
        CommandId commandId,
        Address source,
        List<Address> destinations,
        String serviceType,
        DataCoding dataCoding,
        RegisteredDelivery registeredDelivery,
        byte[] body,
        boolean udhi,
        SmppTime scheduleDeliveryTime,
        SmppTime validityPeriod) {
    static Submission of(SubmitSm sm) {
        return new Submission(
                CommandId.SUBMIT_SM,
                sm.sourceAddress(),
                List.of(sm.destAddress()),
                sm.serviceType(),
                sm.dataCoding(),
                sm.registeredDelivery(),
                sm.messageBytes(),
                sm.esmClass().hasUdhi(),
                sm.scheduleDeliveryTime().orElse(null),
                sm.validityPeriod().orElse(null));
    }

    static Submission of(SubmitMulti multi, List<Address> accepted) {
        return new Submission(
                CommandId.SUBMIT_MULTI,
                multi.sourceAddress(),
                List.copyOf(accepted),
                multi.serviceType(),
                multi.dataCoding(),
                multi.registeredDelivery(),
                multi.messageBytes(),
                multi.esmClass().hasUdhi(),
                multi.scheduleDeliveryTime().orElse(null),
                multi.validityPeriod().orElse(null));
    }

    static Submission of(DataSm data) {
        return new Submission(
                CommandId.DATA_SM,
                data.sourceAddress(),
                List.of(data.destAddress()),
                data.serviceType(),
                data.dataCoding(),
                data.registeredDelivery(),
                data.tlvs().messagePayload().orElse(new byte[0]),
                data.esmClass().hasUdhi(),
                null,
                null);
    }
}
