package dev.smppkit.client;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.DataSm;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An SMPP 3.4 ESME: one or more sessions to an SMSC that take messages from a {@link Broker}, submit them, match their
 * responses and delivery receipts (through a {@link Correlator}) and report everything to a {@link Hook}. Sessions
 * reconnect on their own with backoff. Build one with {@link #builder()}. Thread-safe.
 *
 * <pre>{@code
 * Esme esme = Esme.builder().host("smsc.example.com").port(2775).systemId("id").password("pw").build();
 * esme.start().join();
 * SubmitOutcome outcome = esme.submit(OutboundMessage.builder()
 *         .from(Address.alphanumeric("ACME")).to(Address.international("447700900123"))
 *         .text("Hello").requestReceipt(true).build()).join();
 * esme.stop(Duration.ofSeconds(10)).join();
 * }</pre>
 *
 * <p>Besides submitting, the client can ask about, cancel and replace a message the SMSC still holds ({@link #query},
 * {@link #cancel(String, Address)}, {@link #replace}). Each sends one request on a session bound to transmit, waiting
 * up to the request timeout for one to bind; it takes a window slot like a submit_sm (an SMSC's window counts every
 * outstanding request) and passes the same throttle: the pause after ESME_RTHROTTLED and the {@code maxTps} rate
 * limit, which it counts against. Each future completes exactly once.
 */
public interface Esme extends AutoCloseable {
    /**
     * A builder for an ESME; host and system_id are required, everything else has a default.
     *
     * @return a new builder
     */
    static EsmeBuilder builder() {
        return new EsmeBuilder();
    }

    /**
     * Starts connecting and binding every session.
     *
     * @return completes normally when the first session is bound. Transient failures (connection refused, bind
     *     timeout, transient bind statuses) are retried with the reconnect backoff and do not complete it. It completes
     *     exceptionally with {@link BindFailedException} if the SMSC refuses the bind with a permanent status (e.g. a
     *     wrong password) before any session was bound and {@code failStartOnBindRejection} is on (the default); the
     *     client is then stopped. It completes exceptionally with {@link ShutdownException} if the client is stopped
     *     first. A client with {@code sessions(0)} and outbind only completes it when its outbind listener is
     *     listening, or exceptionally with the bind error if that port cannot be bound (the client is then stopped).
     * @throws IllegalStateException if already started
     */
    CompletableFuture<Void> start();

    /**
     * Queues a message on the broker and returns its outcome.
     *
     * @param message the message to send
     * @return completes with {@link SubmitOutcome.Accepted}, {@link SubmitOutcome.Rejected} or {@link
     *     SubmitOutcome.Failed} when this client has finished with the message (the hook has seen the same outcome and
     *     the broker has recorded it). Completes exceptionally with {@link ShutdownException} if the broker refuses the
     *     message or the client stops before this instance sends it (with a shared persistent broker another instance
     *     may still send it; its outcome then reaches that instance's hook).
     */
    CompletableFuture<SubmitOutcome> submit(OutboundMessage message);

    /**
     * Sends a message to several destinations and reports how each fared: {@link #submit} for a message built with
     * {@link OutboundMessage.Builder#alsoTo} or {@link OutboundMessage.Builder#distributionList}, which goes out as
     * one submit_multi per segment (SMPP 3.4 §4.5), windowed, throttled and timed out like a submit_sm, with exactly
     * one outcome. A message to one SME address goes out as a plain submit_sm.
     *
     * @param message the message, with 1–254 destinations
     * @return completes, when {@link #submit} would, with the message's outcome and, for an {@link
     *     SubmitOutcome.Accepted} or {@link SubmitOutcome.Rejected} outcome, a result per destination (a destination
     *     the unsuccess_sme list of any segment names has that error status). Completes exceptionally as {@link
     *     #submit} does: with {@link ShutdownException} if the broker refuses the message or the client stops before
     *     this instance sends it.
     * @throws NullPointerException if message is null
     */
    default CompletableFuture<SubmitMultiResult> submitMulti(OutboundMessage message) {
        java.util.Objects.requireNonNull(message, "message");
        return submit(message).thenApply(outcome -> SubmitMultiResult.of(message, outcome));
    }

    /**
     * Sends a data_sm (SMPP 3.4 §4.7): the user data travels in its message_payload TLV, built with {@link
     * DataSm#builder()}. Like {@link #query}, it is sent at once (not through the broker) on a session bound to
     * transmit, taking a window slot and passing the throttle. Its delivery receipt, if registered_delivery asks for
     * one, reaches the hook unmatched: the message has no broker entry to match it to.
     *
     * @param request the data_sm; its sequence_number is assigned by the session
     * @return completes with the SMSC's message id (and the data_sm_resp TLVs).
     *     <p>Completes exceptionally with {@link RejectedException} carrying the SMSC's status if it answers with an
     *     error (or a generic_nack: ESME_RINVCMDID if that carries no status); with {@link ThrottledException} if it
     *     answers ESME_RTHROTTLED or ESME_RMSGQFUL (this also pauses the submits; there is no automatic retry); with
     *     {@link ResponseTimeoutException} if no answer comes within the request timeout of the write, or if the
     *     request could not be written within the request timeout because the window stayed full or the throttle held
     *     it; with {@link ConnectionLostException} if no session is bound to transmit within the request timeout of
     *     the call, or the connection closes first; with {@link ShutdownException} if the client stops before the
     *     answer (or was stopped); with {@link IllegalStateException} if the client was not started.
     * @throws NullPointerException if request is null
     */
    CompletableFuture<DataSmResult> dataSm(DataSm request);

    /**
     * Asks the SMSC for the state of a submitted message (query_sm, SMPP 3.4 §4.8).
     *
     * @param messageId the SMSC's message id, as in {@link SubmitOutcome.Accepted#messageIds()} (one per segment),
     *     1–64 characters
     * @param source the source address the message was submitted with (at most 20 characters); some SMSCs require
     *     it to match, TON and NPI included
     * @return completes with the message's state, final date and error code.
     *     <p>Completes exceptionally with {@link RejectedException} carrying the SMSC's status if it answers with an
     *     error (or a generic_nack: ESME_RINVCMDID if that carries no status); with {@link ThrottledException} if it
     *     answers ESME_RTHROTTLED or ESME_RMSGQFUL (this also pauses the submits, as a throttled submit would; there
     *     is no automatic retry); with {@link ResponseTimeoutException} if no answer comes within the request timeout
     *     of the write, or if the request could not be written within the request timeout because the window stayed
     *     full or the throttle held it; with {@link ConnectionLostException} if no session is bound to transmit
     *     (transmitter or transceiver) within the request timeout of the call, or the connection closes first; with
     *     {@link ShutdownException} if the client stops before the answer (or was stopped); with {@link
     *     IllegalStateException} if the client was not started.
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if messageId is empty or longer than 64 characters, or the source is longer than
     *     20 characters (the message names the field and the limit)
     */
    CompletableFuture<QueryResult> query(String messageId, Address source);

    /**
     * Cancels a message the SMSC has not delivered yet (cancel_sm with a message_id, SMPP 3.4 §4.9).
     *
     * @param messageId the SMSC's message id, 1–64 characters
     * @param source the source address the message was submitted with (at most 20 characters); the SMSC checks it
     * @return completes normally when the SMSC has cancelled the message. An SMSC refuses to cancel an unknown,
     *     already final or differently sourced message, usually with ESME_RCANCELFAIL.
     *     <p>Completes exceptionally with {@link RejectedException} carrying the SMSC's status if it answers with an
     *     error (or a generic_nack: ESME_RINVCMDID if that carries no status); with {@link ThrottledException} if it
     *     answers ESME_RTHROTTLED or ESME_RMSGQFUL (this also pauses the submits, as a throttled submit would; there
     *     is no automatic retry); with {@link ResponseTimeoutException} if no answer comes within the request timeout
     *     of the write, or if the request could not be written within the request timeout because the window stayed
     *     full or the throttle held it; with {@link ConnectionLostException} if no session is bound to transmit
     *     (transmitter or transceiver) within the request timeout of the call, or the connection closes first; with
     *     {@link ShutdownException} if the client stops before the answer (or was stopped); with {@link
     *     IllegalStateException} if the client was not started.
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if messageId is empty or longer than 64 characters, or the source is longer than
     *     20 characters
     */
    CompletableFuture<Void> cancel(String messageId, Address source);

    /**
     * Cancels every message from {@code source} to {@code destination} the SMSC has not delivered yet, optionally only
     * those of one service type (cancel_sm with a NULL message_id, SMPP 3.4 §4.9).
     *
     * @param serviceType the service_type the messages were submitted with, at most 5 characters; "" for any
     * @param source the source address the messages were submitted with (at most 20 characters)
     * @param destination their destination address (at most 20 characters)
     * @return completes normally when the SMSC has cancelled them; usually ESME_RCANCELFAIL if there were none.
     *     <p>Completes exceptionally with {@link RejectedException} carrying the SMSC's status if it answers with an
     *     error (or a generic_nack: ESME_RINVCMDID if that carries no status); with {@link ThrottledException} if it
     *     answers ESME_RTHROTTLED or ESME_RMSGQFUL (this also pauses the submits, as a throttled submit would; there
     *     is no automatic retry); with {@link ResponseTimeoutException} if no answer comes within the request timeout
     *     of the write, or if the request could not be written within the request timeout because the window stayed
     *     full or the throttle held it; with {@link ConnectionLostException} if no session is bound to transmit
     *     (transmitter or transceiver) within the request timeout of the call, or the connection closes first; with
     *     {@link ShutdownException} if the client stops before the answer (or was stopped); with {@link
     *     IllegalStateException} if the client was not started.
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if serviceType is longer than 5 characters or an address longer than 20
     */
    CompletableFuture<Void> cancel(String serviceType, Address source, Address destination);

    /**
     * Replaces the text (and optionally the delivery time, validity period and receipt request) of a message the SMSC
     * has not delivered yet (replace_sm, SMPP 3.4 §4.10). The new text is in one short_message, read by the SMSC with
     * the original's data_coding: see {@link ReplaceRequest}.
     *
     * @param messageId the SMSC's message id, 1–64 characters
     * @param source the source address the message was submitted with (at most 20 characters); the SMSC checks it
     * @param request what replaces the message
     * @return completes normally when the SMSC has replaced the message. An SMSC refuses to replace an unknown,
     *     already final or differently sourced message, usually with ESME_RREPLACEFAIL.
     *     <p>Completes exceptionally with {@link RejectedException} carrying the SMSC's status if it answers with an
     *     error (or a generic_nack: ESME_RINVCMDID if that carries no status); with {@link ThrottledException} if it
     *     answers ESME_RTHROTTLED or ESME_RMSGQFUL (this also pauses the submits, as a throttled submit would; there
     *     is no automatic retry); with {@link ResponseTimeoutException} if no answer comes within the request timeout
     *     of the write, or if the request could not be written within the request timeout because the window stayed
     *     full or the throttle held it; with {@link ConnectionLostException} if no session is bound to transmit
     *     (transmitter or transceiver) within the request timeout of the call, or the connection closes first; with
     *     {@link ShutdownException} if the client stops before the answer (or was stopped); with {@link
     *     IllegalStateException} if the client was not started.
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if messageId is empty or longer than 64 characters, or the source is longer than
     *     20 characters
     */
    CompletableFuture<Void> replace(String messageId, Address source, ReplaceRequest request);

    /**
     * Stops gracefully: stops taking from the broker, releases messages taken but not yet written, waits for
     * in-flight requests to be answered and for incoming messages and receipts already in progress (correlator lookup
     * and hook) to be answered, unbinds and closes every session. Incoming messages arriving meanwhile are answered
     * ESME_RX_T_APPN, so the SMSC delivers them again later. The correlator and the hook are not called after the
     * returned future completes, except for lookups the correlator had already started.
     *
     * @param timeout how long to wait for in-flight requests and incoming messages in progress; requests still
     *     unanswered then end as {@link ShutdownException} failures (or are released, with
     *     {@link InFlightPolicy#RELEASE}), incoming messages still in progress are answered ESME_RX_T_APPN
     * @return completes when every session is closed and the client's threads are stopped; never exceptionally
     */
    CompletableFuture<Void> stop(Duration timeout);

    /**
     * How many sessions are bound now, outbind sessions included; each connection of a {@link
     * BindMode#TRANSMITTER_AND_RECEIVER} pair counts.
     *
     * @return 0 or more
     */
    int boundSessions();

    /**
     * The client's state for a health check: sessions bound of configured and the last error a session met (a refused
     * bind with its status, a bind timeout, an unanswered enquire_link, a lost connection), with when it was seen. Cheap
     * and lock-free: it reads counters the event loops keep, so call it from any thread as often as a health endpoint
     * is polled. A gateway's {@code SmsGateway.health()} is built from each account's.
     *
     * @return a snapshot, taken now
     */
    EsmeHealth health();

    /**
     * Where the client listens for outbind: empty when {@code outbind(host, port)} was not configured, and until the
     * listener is bound after {@link #start()}; with port 0, the port the system chose.
     *
     * @return the bound listen address, or empty
     */
    Optional<InetSocketAddress> outbindAddress();

    /**
     * The options this client was built with (passwords masked in their {@code toString}), e.g. to build a second
     * client like this one with {@link EsmeBuilder#options(EsmeOptions)}.
     *
     * @return the options, defaults filled in
     */
    EsmeOptions options();

    /**
     * The broker this client takes from: the one given to {@link EsmeBuilder#broker(Broker)}, or its own in-memory one.
     *
     * @return the broker
     */
    Broker broker();

    /**
     * The correlator this client stores message ids in: the one given to {@link EsmeBuilder#correlator(Correlator)}, or
     * its own in-memory one.
     *
     * @return the correlator
     */
    Correlator correlator();

    /**
     * Counts of what this client did, for monitoring and tests.
     *
     * @return a snapshot of the counters, taken now
     */
    EsmeStats stats();

    /**
     * {@code stop(Duration.ofSeconds(10)).join()}.
     *
     * @throws IllegalStateException if called on one of the client's event loop threads, as from a {@link Hook}
     *     method: the stop needs those threads, so waiting on one would never end. There, call {@link #stop(Duration)}
     *     and do not wait for its future.
     */
    @Override
    default void close() {
        stop(Duration.ofSeconds(10)).join();
    }
}
