package dev.smppkit.jackson.internal;

import static dev.smppkit.jackson.internal.JsonFields.array;
import static dev.smppkit.jackson.internal.JsonFields.has;
import static dev.smppkit.jackson.internal.JsonFields.integer;
import static dev.smppkit.jackson.internal.JsonFields.object;
import static dev.smppkit.jackson.internal.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.smppkit.client.BindFailedException;
import dev.smppkit.client.ConnectionLostException;
import dev.smppkit.client.InvalidMessageException;
import dev.smppkit.client.RejectedException;
import dev.smppkit.client.ResponseTimeoutException;
import dev.smppkit.client.ShutdownException;
import dev.smppkit.client.SmppClientException;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.client.ThrottledException;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of {@link SubmitOutcome} and {@link SmppClientException}. An outcome is
 * {@code {"outcome":"accepted","message_ids":[...]}} (with {@code "unsuccessful":[{"address":...,
 * "error_status_code":...}]} when a submit_multi's SMSC refused destinations), {@code {"outcome":"rejected","command_status":N,
 * "accepted_message_ids":[...]}}, {@code {"outcome":"failed","error":{...}}} or
 * {@code {"outcome":"expired","deadline":"<ISO-8601 instant>"}}, each with the {@code account} that produced it when
 * it has one (absent means empty, so JSON written before accounts existed reads as before); an error has a {@code type}
 * (connection_lost, response_timeout, rejected, throttled, invalid_message, bind_failed, shutdown), its
 * {@code message}, and {@code command_status} / {@code attempts} where the type has them. {@code transient} and
 * {@code cause} are written for readers and ignored when reading: a cause cannot be rebuilt as its own type.
 */
public final class OutcomeJson {
    private OutcomeJson() {}

    /**
     * Writes a submit outcome as a JSON object tagged by {@code outcome}.
     *
     * @param g the generator, positioned where a value may be written
     * @param outcome the outcome; not null
     * @throws IOException if the generator fails
     */
    public static void writeOutcome(JsonGenerator g, SubmitOutcome outcome) throws IOException {
        g.writeStartObject();
        if (outcome instanceof SubmitOutcome.Accepted a) {
            g.writeStringField("outcome", "accepted");
            writeIds(g, "message_ids", a.messageIds());
            if (!a.unsuccessful().isEmpty()) { // absent when empty, as before submit_multi
                g.writeArrayFieldStart("unsuccessful");
                for (UnsuccessSme u : a.unsuccessful()) {
                    ValueJson.writeUnsuccess(g, u);
                }
                g.writeEndArray();
            }
        } else if (outcome instanceof SubmitOutcome.Rejected r) {
            g.writeStringField("outcome", "rejected");
            g.writeNumberField("command_status", r.status().code());
            writeIds(g, "accepted_message_ids", r.acceptedMessageIds());
        } else if (outcome instanceof SubmitOutcome.Expired e) {
            g.writeStringField("outcome", "expired");
            g.writeStringField("deadline", e.deadline().toString());
        } else {
            g.writeStringField("outcome", "failed");
            g.writeFieldName("error");
            writeError(g, ((SubmitOutcome.Failed) outcome).error());
        }
        if (!outcome.account().isEmpty()) {
            g.writeStringField("account", outcome.account());
        }
        g.writeEndObject();
    }

    /**
     * Reads a submit outcome written by {@link #writeOutcome}.
     *
     * @param n the outcome's JSON object
     * @return an accepted, rejected, failed or expired outcome; its account is empty when {@code account} is absent
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static SubmitOutcome readOutcome(JsonNode n) {
        String kind = text(n, "outcome");
        String account = JsonFields.text(n, "account", "");
        switch (kind) {
            case "accepted":
                return new SubmitOutcome.Accepted(ids(n, "message_ids"), account, unsuccessful(n));
            case "rejected":
                return new SubmitOutcome.Rejected(
                        CommandStatus.of(integer(n, "command_status")), ids(n, "accepted_message_ids"), account);
            case "failed":
                return new SubmitOutcome.Failed(readError(object(n, "error")), account);
            case "expired":
                return new SubmitOutcome.Expired(MessageJson.instant(n, "deadline"), account);
            default:
                throw new IllegalArgumentException(
                        "'outcome' is '" + kind + "'; must be accepted, rejected, failed or expired");
        }
    }

    private static List<UnsuccessSme> unsuccessful(JsonNode n) {
        if (!JsonFields.has(n, "unsuccessful")) {
            return List.of();
        }
        List<UnsuccessSme> out = new ArrayList<>();
        for (JsonNode u : JsonFields.array(n, "unsuccessful")) {
            out.add(ValueJson.readUnsuccess(u));
        }
        return out;
    }

    /**
     * Writes a client error as a JSON object tagged by {@code type}.
     *
     * @param g the generator, positioned where a value may be written
     * @param e the error; not null
     * @throws IOException if the generator fails
     */
    public static void writeError(JsonGenerator g, SmppClientException e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type(e));
        g.writeStringField("message", String.valueOf(e.getMessage()));
        CommandStatus status = status(e);
        if (status != null) {
            g.writeNumberField("command_status", status.code());
        }
        if (e instanceof ThrottledException t) {
            g.writeNumberField("attempts", t.attempts());
        }
        g.writeBooleanField("transient", e.isTransient());
        if (e.getCause() != null) {
            g.writeStringField("cause", e.getCause().toString());
        }
        g.writeEndObject();
    }

    /**
     * Reads a client error written by {@link #writeError}, without its cause.
     *
     * @param n the error's JSON object
     * @return a new exception of the type named
     * @throws IllegalArgumentException if {@code type} is unknown or a field is invalid
     */
    public static SmppClientException readError(JsonNode n) {
        String type = text(n, "type");
        String message = JsonFields.text(n, "message", "");
        CommandStatus status = has(n, "command_status") ? CommandStatus.of(integer(n, "command_status")) : null;
        switch (type) {
            case "connection_lost":
                return new ConnectionLostException(message);
            case "response_timeout":
                return new ResponseTimeoutException(message);
            case "rejected":
                return new RejectedException(required(status, type));
            case "throttled":
                return new ThrottledException(required(status, type), integer(n, "attempts", 0));
            case "invalid_message":
                return new InvalidMessageException(message);
            case "bind_failed":
                return new BindFailedException(message, status);
            case "shutdown":
                return new ShutdownException(message);
            default:
                throw new IllegalArgumentException("error 'type' is '" + type + "'; must be connection_lost,"
                        + " response_timeout, rejected, throttled, invalid_message, bind_failed or shutdown");
        }
    }

    /**
     * The error's {@code type} name.
     *
     * @param e the error; not null
     * @return connection_lost, response_timeout, rejected, throttled, invalid_message, bind_failed or shutdown
     */
    public static String type(SmppClientException e) {
        if (e instanceof ConnectionLostException) {
            return "connection_lost";
        } else if (e instanceof ResponseTimeoutException) {
            return "response_timeout";
        } else if (e instanceof RejectedException) {
            return "rejected";
        } else if (e instanceof ThrottledException) {
            return "throttled";
        } else if (e instanceof InvalidMessageException) {
            return "invalid_message";
        } else if (e instanceof BindFailedException) {
            return "bind_failed";
        } else {
            return "shutdown";
        }
    }

    /**
     * The SMPP status an error carries, or null.
     *
     * @param e the error; not null
     * @return the status of a rejected, throttled or bind_failed error; null for the others
     */
    public static CommandStatus status(SmppClientException e) {
        if (e instanceof RejectedException r) {
            return r.status();
        } else if (e instanceof ThrottledException t) {
            return t.status();
        } else if (e instanceof BindFailedException b) {
            return b.status();
        }
        return null;
    }

    private static CommandStatus required(CommandStatus status, String type) {
        if (status == null) {
            throw new IllegalArgumentException("a '" + type + "' error needs 'command_status'");
        }
        return status;
    }

    private static void writeIds(JsonGenerator g, String field, List<String> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    private static List<String> ids(JsonNode n, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : array(n, field)) {
            if (!id.isTextual()) {
                throw new IllegalArgumentException("'" + field + "' must hold strings, got " + id);
            }
            ids.add(id.textValue());
        }
        return ids;
    }
}
