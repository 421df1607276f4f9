package dev.smppkit.testkit;

import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.PduRequest;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.UnbindResp;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One connection to the simulator, from accept (or outbind) to close: who is bound on it, its own {@link Faults},
 * and what the SMSC can do to it on demand. Thread-safe; the methods that act return at once and act on the
 * session's event loop.
 */
public interface SmscSession {
    /**
     * The session id, e.g. {@code session-3}: unique within the simulator, never reused.
     *
     * @return the id
     */
    String id();

    /**
     * The system_id the ESME bound with; empty before the bind.
     *
     * @return the system_id, or empty
     */
    Optional<String> systemId();

    /**
     * The kind of bind; empty before the bind.
     *
     * @return the bind type, or empty
     */
    Optional<BindType> bindType();

    /**
     * The ESME's address.
     *
     * @return the remote address and port
     */
    InetSocketAddress remoteAddress();

    /**
     * Whether the session is bound (and not yet unbound or closed).
     *
     * @return true while bound
     */
    boolean isBound();

    /**
     * Whether the connection is open.
     *
     * @return true until the connection closes
     */
    boolean isActive();

    /**
     * Faults for this session only, on top of the simulator's global {@link SmscSimulator#faults()}. For "every Nth"
     * faults this session keeps its own count.
     *
     * @return this session's own faults
     */
    Faults faults();

    /**
     * Sends an SMSC-originated request (deliver_sm, data_sm, enquire_link, unbind, alert_notification, ...) with the
     * next sequence number of this session. At most {@link SmscSimulatorBuilder#outboundWindow} requests await a
     * response at a time; later ones wait, in order, and the response timeout starts when one is written (unbind and
     * enquire_link go first). The future completes:
     *
     * <ul>
     *   <li>with the ESME's response, whatever its command_status;
     *   <li>with {@code null} once written, for alert_notification and outbind, which have no response;
     *   <li>exceptionally with a {@link DeliveryException}: {@code GENERIC_NACK} when the ESME answered with a
     *       generic_nack, {@code TIMEOUT} after the simulator's response timeout, {@code SESSION_CLOSED} when the
     *       connection closed first (or was closed already), {@code QUEUE_FULL} when it would have to wait and the
     *       waiting requests already hold {@link SmscSimulatorBuilder#maxHeldDeliveryBytes}.
     * </ul>
     *
     * @param <R> the response type
     * @param request the request; sent with this session's next sequence number
     * @return a future that completes as listed above
     */
    <R extends PduResponse> CompletableFuture<R> send(PduRequest<R> request);

    /**
     * Sends unbind and closes the connection when the ESME answers (or after the response timeout). The future
     * completes as {@link #send} says.
     *
     * @return a future that completes with the unbind_resp
     */
    CompletableFuture<UnbindResp> unbind();

    /**
     * Writes these bytes as they are, e.g. a malformed PDU. The future completes when they are written, or
     * exceptionally if the connection is closed.
     *
     * @param bytes the octets to write
     * @return a future that completes once they are written
     */
    CompletableFuture<Void> sendRaw(byte[] bytes);

    /**
     * Closes the connection without unbinding; the future completes when it is closed.
     *
     * @return a future that completes with null once the connection is closed
     */
    CompletableFuture<Void> close();
}
