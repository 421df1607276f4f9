package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.SubmitSm;
import java.nio.charset.StandardCharsets;

/** Request fixtures for the tests. */
final class Pdus {
    static final Address SENDER = Address.international("447700900000");

    private Pdus() {}

    static SubmitSm submit(String to) {
        return submit(to, "hello", RegisteredDelivery.NONE);
    }

    static SubmitSm submit(String to, String text, RegisteredDelivery registeredDelivery) {
        return SubmitSm.builder()
                .sourceAddress(SENDER)
                .destAddress(Address.international(to))
                .registeredDelivery(registeredDelivery)
                .shortMessage(text.getBytes(StandardCharsets.ISO_8859_1))
                .build();
    }
}
