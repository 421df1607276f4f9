package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.BaseSm;
import dev.smppkit.codec.pdu.DataSm;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.UssdServiceOp;
import dev.smppkit.codec.text.TextCodec;
import dev.smppkit.testkit.internal.SimulatorCore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's USSD side: handsets that dial service codes and answer menus ({@link UssdHandset}). Once a handset
 * exists for a number, every accepted submit_sm (or data_sm) to that number carrying ussd_service_op goes to it
 * instead of to a virtual subscriber. Get it with {@link SmscSimulator#ussd()}. Thread-safe.
 */
public final class UssdNetwork {
    private final SimulatorCore core;
    private final ConcurrentHashMap<String, UssdHandset> handsets = new ConcurrentHashMap<>();

    UssdNetwork(SimulatorCore core) {
        this.core = core;
        core.ussdRouter(this::onAccepted);
    }

    /**
     * The handset with this number, created on first use.
     *
     * @param msisdn the international number, digits with an optional leading +
     * @return the handset
     * @throws IllegalArgumentException if msisdn is not digits
     */
    public UssdHandset handset(String msisdn) {
        String number = Address.international(msisdn).value();
        return handsets.computeIfAbsent(number, n -> new UssdHandset(n, core::send));
    }

    private boolean onAccepted(SmscSession session, Address from, Address to, PduRequest<?> pdu, byte[] body) {
        String number = to.value().startsWith("+") ? to.value().substring(1) : to.value();
        UssdHandset handset = handsets.get(number);
        Optional<UssdServiceOp> op = pdu.tlvs().ussdOperation();
        if (handset == null || op.isEmpty()) {
            return false;
        }
        ItsSessionInfo info;
        try {
            info = pdu.tlvs().itsSessionInfo().orElse(null);
        } catch (IllegalArgumentException e) {
            info = null;
        }
        DataCoding dc = pdu instanceof BaseSm<?> sm ? sm.dataCoding() : ((DataSm) pdu).dataCoding();
        String text;
        try {
            text = TextCodec.decode(body, dc, DataCoding.SMSC_DEFAULT);
        } catch (IllegalArgumentException e) {
            text = ""; // a binary coding: the handset shows nothing
        }
        handset.onNetwork(session, from, op.get(), info, text);
        return true;
    }
}
