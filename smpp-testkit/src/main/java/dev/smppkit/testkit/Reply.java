package dev.smppkit.testkit;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.pdu.PduResponse;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler tells the simulator to do with a request. Immutable.
 *
 * <ul>
 *   <li>{@link #accept()}: do what a good SMSC does: store a submitted message under a generated id (or the one
 *       given), answer query_sm, cancel_sm and replace_sm from the message store, bind the session;
 *   <li>{@link #reject(CommandStatus)}: answer with that status and change nothing;
 *   <li>{@link #noReply()}: ignore the request entirely, so the ESME's response timer runs out;
 *   <li>{@link #respond(PduResponse)}: answer with exactly this response (its sequence_number is set to the
 *       request's) and change nothing;
 *   <li>{@link #after(Duration)} on any of them: do it later. Side effects such as storing the message happen when
 *       the response is sent, so a delivery receipt never overtakes its submit_sm_resp.
 * </ul>
 */
public final class Reply {
    private static final Reply ACCEPT = new Reply(Kind.ACCEPT, null, CommandStatus.ESME_ROK, null, Duration.ZERO, null);
    private static final Reply NO_REPLY = new Reply(Kind.NO_REPLY, null, null, null, Duration.ZERO, null);

    /** The kinds of reply. */
    public enum Kind {
        /** {@link Reply#accept()}: answer ESME_ROK and carry the request out. */
        ACCEPT,
        /** {@link Reply#reject(CommandStatus)}: answer with an error status. */
        REJECT,
        /** {@link Reply#noReply()}: send nothing. */
        NO_REPLY,
        /** {@link Reply#respond(PduResponse)}: send a given response. */
        RESPOND
    }

    private final Kind kind;
    private final String messageId;
    private final CommandStatus status;
    private final PduResponse response;
    private final Duration delay;
    private final List<UnsuccessSme> unsuccessful; // null: not given (submit_multi works it out)

    private Reply(
            Kind kind,
            String messageId,
            CommandStatus status,
            PduResponse response,
            Duration delay,
            List<UnsuccessSme> unsuccessful) {
        this.kind = kind;
        this.messageId = messageId;
        this.status = status;
        this.response = response;
        this.delay = delay;
        this.unsuccessful = unsuccessful;
    }

    /**
     * Accept, with a generated message id where the response has one.
     *
     * @return an accepting reply
     */
    public static Reply accept() {
        return ACCEPT;
    }

    /**
     * Accept with this message id (for submit_sm, submit_multi and data_sm; ignored by the others).
     *
     * @param messageId the id to answer with and store the message under
     * @return an accepting reply with that id
     * @throws IllegalArgumentException if it is empty, longer than 64 characters, not Latin-1, or has a blank
     */
    public static Reply accept(String messageId) {
        Fields.cString("messageId", messageId, 65);
        if (messageId.isEmpty()) {
            throw new IllegalArgumentException("messageId is empty; use accept() for a generated one");
        }
        if (messageId.chars().anyMatch(Character::isWhitespace)) {
            // receipts quote the id in their text, where a blank would end it
            throw new IllegalArgumentException("messageId '" + messageId + "' has a blank; ids must not");
        }
        return new Reply(Kind.ACCEPT, messageId, CommandStatus.ESME_ROK, null, Duration.ZERO, null);
    }

    /**
     * Answer with an error status and no side effects.
     *
     * @param status the error status to answer with
     * @return a rejecting reply
     * @throws IllegalArgumentException if the status is ESME_ROK (use {@link #accept()})
     */
    public static Reply reject(CommandStatus status) {
        Objects.requireNonNull(status, "status");
        if (status.isOk()) {
            throw new IllegalArgumentException("reject needs an error status, got ESME_ROK; use accept()");
        }
        return new Reply(Kind.REJECT, null, status, null, Duration.ZERO, null);
    }

    /**
     * Never answer, and change nothing.
     *
     * @return a reply that sends nothing
     */
    public static Reply noReply() {
        return NO_REPLY;
    }

    /**
     * Answer with exactly this response, whose sequence_number is replaced by the request's; no side effects.
     *
     * @param response the response to send; not null
     * @return a reply that sends it
     */
    public static Reply respond(PduResponse response) {
        Objects.requireNonNull(response, "response");
        return new Reply(Kind.RESPOND, null, response.commandStatus(), response, Duration.ZERO, null);
    }

    /**
     * This reply, carried out after {@code delay} (on top of any delay the faults add).
     *
     * @param delay how long to wait before carrying the reply out; zero for at once
     * @return a new reply, the same but delayed
     * @throws IllegalArgumentException if the delay is negative
     */
    public Reply after(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay is " + delay + "; must not be negative");
        }
        return new Reply(kind, messageId, status, response, delay, unsuccessful);
    }

    /**
     * For submit_multi: accept, reporting these destinations as not accepted in the response's unsuccess_sme list.
     * Without this, the simulator works the list out by asking the submit_sm handler about each destination.
     *
     * @param unsuccessful the destinations not accepted, with their error statuses (at most 255)
     * @return a new reply, the same but with that list
     * @throws IllegalStateException if this is not an accepting reply
     */
    public Reply withUnsuccessful(List<UnsuccessSme> unsuccessful) {
        if (kind != Kind.ACCEPT) {
            throw new IllegalStateException("unsuccess_sme entries belong to an accepting reply, not " + kind);
        }
        Fields.range("no_unsuccess", unsuccessful.size(), 0, 255);
        return new Reply(kind, messageId, status, response, delay, List.copyOf(unsuccessful));
    }

    /**
     * Which kind of reply this is.
     *
     * @return the kind; never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The message id given to {@link #accept(String)}; empty for a generated one.
     *
     * @return the id, or empty
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    /**
     * The status the response will carry; {@code null} for {@link #noReply()}.
     *
     * @return the status, or null
     */
    public CommandStatus status() {
        return status;
    }

    /**
     * The response given to {@link #respond(PduResponse)}, if any.
     *
     * @return the response, or empty
     */
    public Optional<PduResponse> response() {
        return Optional.ofNullable(response);
    }

    /**
     * How long to wait before carrying the reply out.
     *
     * @return the delay; zero unless {@link #after(Duration)} set it
     */
    public Duration delay() {
        return delay;
    }

    /**
     * The submit_multi destinations given to {@link #withUnsuccessful}, if any.
     *
     * @return the list, or empty if the simulator works it out
     */
    public Optional<List<UnsuccessSme>> unsuccessful() {
        return Optional.ofNullable(unsuccessful);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Reply[").append(kind);
        if (kind == Kind.REJECT) {
            sb.append(' ').append(status.name());
        }
        if (messageId != null) {
            sb.append(" id=").append(messageId);
        }
        if (!delay.isZero()) {
            sb.append(" after ").append(delay);
        }
        return sb.append(']').toString();
    }
}
