package dev.smppkit.client;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.UnsuccessSme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What became of a message to several destinations ({@link Esme#submitMulti}): its one outcome and, when the SMSC
 * answered, a result per destination.
 *
 * @param outcome the message's outcome, the same the hook and the broker saw
 * @param destinations one entry per destination of the message, in its order, when the outcome is {@link
 *     SubmitOutcome.Accepted} (each destination ESME_ROK unless the unsuccess_sme list names it) or {@link
 *     SubmitOutcome.Rejected} (each with the rejection's status); empty for {@link SubmitOutcome.Failed} and {@link
 *     SubmitOutcome.Expired}, where the SMSC may not have seen the message at all
 */
public record SubmitMultiResult(SubmitOutcome outcome, List<DestinationResult> destinations) {
    /**
     * A result; copies the list.
     *
     * @param outcome the message's outcome
     * @param destinations the per-destination results
     * @throws NullPointerException if an argument is null or the list holds null
     */
    public SubmitMultiResult {
        Objects.requireNonNull(outcome, "outcome");
        destinations = List.copyOf(destinations);
    }

    /**
     * How one destination fared.
     *
     * @param destination the SME address or distribution list, as in the message
     * @param status ESME_ROK if the SMSC took it, else its error_status_code from the unsuccess_sme list (or the whole
     *     message's rejection status)
     */
    public record DestinationResult(DestinationAddress destination, CommandStatus status) {
        /**
         * A destination's result.
         *
         * @param destination the SME address or distribution list
         * @param status ESME_ROK, or why the SMSC did not take it
         * @throws NullPointerException if an argument is null
         */
        public DestinationResult {
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(status, "status");
        }

        /**
         * Whether the SMSC took this destination.
         *
         * @return {@code status().isOk()}
         */
        public boolean accepted() {
            return status.isOk();
        }
    }

    /**
     * The per-destination view of a message's outcome. An unsuccess_sme entry is matched to a destination by its
     * address (TON, NPI and digits), else by its digits alone (some SMSCs answer with another TON or NPI); a
     * distribution list by its name in destination_addr.
     *
     * @param message the message that was sent
     * @param outcome its outcome
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static SubmitMultiResult of(OutboundMessage message, SubmitOutcome outcome) {
        List<DestinationResult> results = new ArrayList<>(message.destinations().size());
        if (outcome instanceof SubmitOutcome.Accepted a) {
            for (DestinationAddress d : message.destinations()) {
                results.add(new DestinationResult(d, statusOf(d, a.unsuccessful())));
            }
        } else if (outcome instanceof SubmitOutcome.Rejected r) {
            for (DestinationAddress d : message.destinations()) {
                results.add(new DestinationResult(d, r.status()));
            }
        }
        return new SubmitMultiResult(outcome, results);
    }

    private static CommandStatus statusOf(DestinationAddress d, List<UnsuccessSme> unsuccessful) {
        if (d instanceof DestinationAddress.Sme sme) {
            for (UnsuccessSme u : unsuccessful) {
                if (u.address().equals(sme.address())) {
                    return u.errorStatus();
                }
            }
            return byValue(sme.address().value(), unsuccessful);
        }
        return byValue(((DestinationAddress.DistributionList) d).name(), unsuccessful);
    }

    private static CommandStatus byValue(String value, List<UnsuccessSme> unsuccessful) {
        for (UnsuccessSme u : unsuccessful) {
            if (u.address().value().equals(value)) {
                return u.errorStatus();
            }
        }
        return CommandStatus.ESME_ROK;
    }

    /**
     * Whether the SMSC accepted the message (for at least one destination, unless its unsuccess_sme list named them
     * all).
     *
     * @return {@code outcome().isAccepted()}
     */
    public boolean isAccepted() {
        return outcome.isAccepted();
    }

    /**
     * The destinations the SMSC did not take.
     *
     * @return the entries of {@link #destinations()} whose status is not ESME_ROK
     */
    public List<DestinationResult> failed() {
        return destinations.stream().filter(r -> !r.accepted()).toList();
    }

    /**
     * The unsuccess_sme entries as the SMSC sent them (including any that match no destination of the message).
     *
     * @return the accepted outcome's {@link SubmitOutcome.Accepted#unsuccessful()}; empty for other outcomes
     */
    public List<UnsuccessSme> unsuccessful() {
        return outcome instanceof SubmitOutcome.Accepted a ? a.unsuccessful() : List.of();
    }

    /**
     * A short text for logs: the outcome and how many destinations failed.
     *
     * @return e.g. {@code "accepted, 1 of 3 destinations failed"}
     */
    public String summary() {
        String kind = outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return kind + ", " + failed().size() + " of " + destinations.size() + " destinations failed";
    }
}
