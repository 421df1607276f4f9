package dev.smppkit.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.jackson.internal.OutcomeJson;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outbox columns a final outcome writes, as the values bound to the statement: the state, the SMSC message ids
 * (a JSON array, or null), the command status (or null), the error for people (or null, at most 2,000 characters)
 * and the account (or null, at most 64 characters).
 */
record OutcomeColumns(String state, String messageIds, Integer status, String error, String account) {
    private static final int MAX_ACCOUNT = 64;
    private static final int MAX_ERROR = 2000;

    static OutcomeColumns of(SubmitOutcome o, ObjectMapper mapper) {
        List<String> ids = List.of();
        CommandStatus status = null;
        String error = null;
        if (o instanceof SubmitOutcome.Accepted a) {
            ids = a.messageIds();
            if (!a.unsuccessful().isEmpty()) { // submit_multi: the destinations the SMSC refused, for people
                error = "unsuccessful: "
                        + a.unsuccessful().stream()
                                .map(u -> u.address().value() + "="
                                        + u.errorStatus().name())
                                .collect(Collectors.joining(", "));
            }
        } else if (o instanceof SubmitOutcome.Rejected r) {
            ids = r.acceptedMessageIds();
            status = r.status();
            error = "rejected: " + r.status().name();
        } else if (o instanceof SubmitOutcome.Expired e) {
            error = "expired: deadline " + e.deadline(); // ISO-8601, like the other instants stored as text
        } else {
            SubmitOutcome.Failed f = (SubmitOutcome.Failed) o;
            status = OutcomeJson.status(f.error());
            error = OutcomeJson.type(f.error()) + ": " + f.error().getMessage();
        }
        return new OutcomeColumns(
                OutboxStore.stateOf(o).column(),
                ids.isEmpty() ? null : json(mapper, ids),
                status == null ? null : status.code(),
                error == null ? null : truncate(error),
                account(o.account()));
    }

    private static String json(ObjectMapper mapper, List<String> ids) {
        try {
            return mapper.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The account column's value: NULL for none; cut to the column's 64 characters, the longest name an ESME account
     * may have, so that a hand-made outcome with a longer one cannot fail the whole batch of completions.
     */
    private static String account(String account) {
        if (account.isEmpty()) {
            return null;
        }
        return account.length() <= MAX_ACCOUNT ? account : account.substring(0, MAX_ACCOUNT);
    }

    static String truncate(String s) {
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
