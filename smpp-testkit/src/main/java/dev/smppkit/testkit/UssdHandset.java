package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.ItsSessionInfo;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.pdu.UssdServiceOp;
import dev.smppkit.codec.text.Encoding;
import dev.smppkit.codec.text.TextCodec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A simulated handset on the USSD side of the simulator: dials service codes, answers the menus ESMEs send (by a
 * script) and records every dialogue. Get one with {@code smsc.ussd().handset(msisdn)}. Thread-safe; its messages go
 * out on the simulator's event loop.
 *
 * <pre>{@code
 * UssdHandset phone = smsc.ussd().handset("447700900001").answers("1", "2");
 * List<UssdDialogue.Turn> turns = phone.dial("esme", "*123#").awaitEnd(Duration.ofSeconds(5));
 * }</pre>
 */
public final class UssdHandset {
    static final int MAX_DIALOGUES = 1000;

    private final String msisdn;
    private final BiFunction<String, DeliverSm, CompletableFuture<DeliverSmResp>> sender;

    // guarded by this
    private UnaryOperator<String> answerer = menu -> null;
    private final Map<Integer, UssdDialogue> open = new HashMap<>();
    private final ArrayDeque<UssdDialogue> all = new ArrayDeque<>();
    private final ArrayDeque<UssdDialogue> untaken = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<UssdDialogue>> waiting = new ArrayDeque<>();
    private int nextSession;

    UssdHandset(String msisdn, BiFunction<String, DeliverSm, CompletableFuture<DeliverSmResp>> sender) {
        this.msisdn = msisdn;
        this.sender = sender;
    }

    /**
     * The number.
     *
     * @return the MSISDN without +
     */
    public String msisdn() {
        return msisdn;
    }

    /**
     * Answers the next menus with these texts, in order, whichever dialogue they come in; once they are used up the
     * handset stays silent (as a user who walks away).
     *
     * @param answers the answers
     * @return this handset
     */
    public UssdHandset answers(String... answers) {
        ArrayDeque<String> queue = new ArrayDeque<>(Arrays.asList(answers));
        return answering(menu -> queue.poll());
    }

    /**
     * Answers each menu with what {@code answerer} returns for its text; null leaves the menu unanswered. Called on
     * the simulator's event loop, under this handset's lock: keep it quick.
     *
     * @param answerer menu text to answer, or null
     * @return this handset
     * @throws NullPointerException if answerer is null
     */
    public synchronized UssdHandset answering(UnaryOperator<String> answerer) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        return this;
    }

    /**
     * Dials a service code: sends a deliver_sm PSSR indication (ussd_service_op 1) with a new its_session_info session
     * number, from this handset to the service code as destination, with the code as its text.
     *
     * @param target a session id, or a system_id whose receiver sessions take turns (as {@link SmscSimulator#deliver})
     * @param serviceCode what is dialled, e.g. {@code *123#}; at most 20 characters
     * @return the dialogue, recorded as it goes; it fails if the indication cannot be delivered
     * @throws IllegalArgumentException if the service code is longer than 20 characters
     */
    public UssdDialogue dial(String target, String serviceCode) {
        UssdDialogue d;
        ItsSessionInfo info;
        synchronized (this) {
            info = new ItsSessionInfo(freeSessionNumber(), 0, false);
            d = new UssdDialogue(msisdn, serviceCode, info.sessionNumber(), false);
            record(d);
            open.put(info.sessionNumber(), d);
        }
        d.add(new UssdDialogue.Turn(true, UssdServiceOp.PSSR_INDICATION, serviceCode));
        send(target, d, Address.shortCode(serviceCode), UssdServiceOp.PSSR_INDICATION, info, serviceCode);
        return d;
    }

    /**
     * Every dialogue so far, oldest first (the last 1000).
     *
     * @return a snapshot
     */
    public synchronized List<UssdDialogue> dialogues() {
        return new ArrayList<>(all);
    }

    /**
     * The next dialogue an ESME opens with this handset (a USSR or USSN request), in the order they were opened.
     *
     * @return completes with the oldest such dialogue not yet returned, at once if there is one
     */
    public synchronized CompletableFuture<UssdDialogue> nextNetworkDialogue() {
        UssdDialogue d = untaken.poll();
        if (d != null) {
            return CompletableFuture.completedFuture(d);
        }
        CompletableFuture<UssdDialogue> f = new CompletableFuture<>();
        waiting.add(f);
        return f;
    }

    /** A message an ESME sent to this handset; on the simulator's event loop. */
    void onNetwork(SmscSession session, Address from, UssdServiceOp op, ItsSessionInfo info, String text) {
        UssdDialogue d;
        String answer = null;
        CompletableFuture<UssdDialogue> waiter = null;
        int number = info == null ? -1 : info.sessionNumber();
        boolean ends = op == UssdServiceOp.PSSR_RESPONSE
                || op == UssdServiceOp.USSN_REQUEST
                || (info != null && info.endOfSession());
        synchronized (this) {
            d = open.get(number);
            if (d == null && number < 0 && open.size() == 1) {
                d = open.values().iterator().next();
            }
            if (d == null) {
                d = new UssdDialogue(msisdn, "", number, true);
                record(d);
                if (op == UssdServiceOp.USSR_REQUEST || op == UssdServiceOp.USSN_REQUEST) {
                    waiter = waiting.poll();
                    if (waiter == null) {
                        untaken.add(d);
                    }
                }
            }
            d.add(new UssdDialogue.Turn(false, op, text));
            if (ends) {
                open.remove(d.sessionNumber());
            } else {
                open.put(d.sessionNumber(), d);
                if (op == UssdServiceOp.USSR_REQUEST) {
                    answer = answerer.apply(text);
                }
            }
        }
        if (waiter != null) {
            waiter.complete(d);
        }
        String sessionId = session.id();
        if (op == UssdServiceOp.USSN_REQUEST) {
            send(sessionId, d, from, UssdServiceOp.USSN_CONFIRM, info, "");
        }
        if (answer != null) {
            d.add(new UssdDialogue.Turn(true, UssdServiceOp.USSR_CONFIRM, answer));
            send(
                    sessionId,
                    d,
                    from,
                    UssdServiceOp.USSR_CONFIRM,
                    info == null ? null : info.withEndOfSession(false),
                    answer);
        }
        if (ends) {
            d.end();
        }
    }

    private void send(String target, UssdDialogue d, Address to, UssdServiceOp op, ItsSessionInfo info, String text) {
        Encoding encoding = TextCodec.choose(text);
        Tlvs.Builder tlvs = Tlvs.builder().ussdServiceOp(op);
        if (info != null) {
            tlvs.itsSessionInfo(info);
        }
        DeliverSm pdu = DeliverSm.builder()
                .serviceType("USSD")
                .sourceAddress(Address.international(msisdn))
                .destAddress(to)
                .dataCoding(encoding.dataCoding())
                .shortMessage(TextCodec.encode(text, encoding))
                .tlvs(tlvs.build())
                .build();
        sender.apply(target, pdu).whenComplete((resp, error) -> {
            if (error != null) {
                d.fail(error);
            } else if (!resp.commandStatus().isOk()) {
                d.fail(new IllegalStateException("the ESME answered the " + op + " with " + resp.commandStatus()));
            }
        });
    }

    private void record(UssdDialogue d) {
        if (all.size() == MAX_DIALOGUES) {
            all.removeFirst();
        }
        all.addLast(d);
    }

    private int freeSessionNumber() {
        for (int i = 0; i < 256; i++) {
            int n = (nextSession + i) & 0xFF;
            if (!open.containsKey(n)) {
                nextSession = n + 1;
                return n;
            }
        }
        throw new IllegalStateException("handset " + msisdn + " has 256 dialogues open");
    }
}
