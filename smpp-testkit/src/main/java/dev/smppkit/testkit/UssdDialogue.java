package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.UssdServiceOp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One USSD dialogue of a simulated {@link UssdHandset}, as the handset saw it: opened by {@link UssdHandset#dial} or
 * by an ESME's USSR or USSN request. Thread-safe.
 */
public final class UssdDialogue {
    /**
     * One message of the dialogue.
     *
     * @param fromHandset true for what the handset sent, false for what the ESME sent
     * @param operation the ussd_service_op it carried
     * @param text its text
     */
    public record Turn(boolean fromHandset, UssdServiceOp operation, String text) {}

    static final int MAX_TURNS = 256;

    private final String msisdn;
    private final String serviceCode;
    private final int sessionNumber;
    private final boolean networkInitiated;
    private final CompletableFuture<List<Turn>> ended = new CompletableFuture<>();
    private final List<Turn> turns = new ArrayList<>(); // guarded by this

    UssdDialogue(String msisdn, String serviceCode, int sessionNumber, boolean networkInitiated) {
        this.msisdn = msisdn;
        this.serviceCode = serviceCode;
        this.sessionNumber = sessionNumber;
        this.networkInitiated = networkInitiated;
    }

    /**
     * The handset's number.
     *
     * @return the MSISDN, without +
     */
    public String msisdn() {
        return msisdn;
    }

    /**
     * What the handset dialled.
     *
     * @return the service code, or "" for a dialogue the ESME opened
     */
    public String serviceCode() {
        return serviceCode;
    }

    /**
     * The its_session_info session number.
     *
     * @return 0–255, or -1 if the ESME sent none
     */
    public int sessionNumber() {
        return sessionNumber;
    }

    /**
     * Whether the ESME opened it.
     *
     * @return true for a USSR or USSN request from the ESME, false for {@link UssdHandset#dial}
     */
    public boolean networkInitiated() {
        return networkInitiated;
    }

    /**
     * The turns so far, oldest first (at most 256).
     *
     * @return a snapshot
     */
    public synchronized List<Turn> turns() {
        return List.copyOf(turns);
    }

    /**
     * Completes when the ESME ends the dialogue.
     *
     * @return completes with every turn once the ESME sends a PSSR response, a USSN request or anything with the
     *     end-of-session flag; exceptionally with a {@link DeliveryException} if a handset message could not be
     *     delivered, or an {@link IllegalStateException} if the ESME answered one with an error status
     */
    public CompletableFuture<List<Turn>> ended() {
        return ended;
    }

    /**
     * Waits for {@link #ended()}.
     *
     * @param timeout how long at most
     * @return every turn
     * @throws TimeoutException if it does not end in time
     * @throws ExecutionException if it failed (see {@link #ended()})
     * @throws InterruptedException if interrupted while waiting
     */
    public List<Turn> awaitEnd(Duration timeout) throws TimeoutException, ExecutionException, InterruptedException {
        return ended.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Whether the ESME ended it.
     *
     * @return true once {@link #ended()} completed normally
     */
    public boolean isEnded() {
        return ended.isDone() && !ended.isCompletedExceptionally();
    }

    synchronized void add(Turn turn) {
        if (turns.size() < MAX_TURNS) {
            turns.add(turn);
        }
    }

    void end() {
        ended.complete(turns());
    }

    void fail(Throwable error) {
        ended.completeExceptionally(error);
    }

    @Override
    public String toString() {
        return "UssdDialogue[" + msisdn + (serviceCode.isEmpty() ? "" : " " + serviceCode) + " #" + sessionNumber + ", "
                + turns() + "]";
    }
}
