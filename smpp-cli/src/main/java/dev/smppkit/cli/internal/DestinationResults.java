package dev.smppkit.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smppkit.client.SubmitMultiResult;
import dev.smppkit.client.SubmitOutcome;
import dev.smppkit.codec.pdu.DestinationAddress;
import java.util.List;

/**
 * How {@code smpp send} prints a message's per-destination results: a {@code destination:} line per destination of a
 * submit_multi, or with {@code --json} one JSON object with the outcome, the message ids and every destination.
 */
public final class DestinationResults {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DestinationResults() {}

    /** {@code +447700900123 ok} or {@code list:team failed ESME_RINVDLNAME (0x00000034) ...}. */
    public static List<String> lines(SubmitMultiResult result) {
        return result.destinations().stream()
                .map(r -> "destination: " + name(r.destination())
                        + (r.accepted()
                                ? " ok"
                                : " failed " + BindWatch.describe(r.status()).trim()))
                .toList();
    }

    /**
     * {@code {"outcome":"accepted","message_ids":[...],"destinations":[{"destination":"+4477...","accepted":true,
     * "status":"ESME_ROK","command_status":0}]}}, with {@code account} when known and, for a message that did not
     * reach the SMSC, {@code error}.
     */
    public static String json(SubmitMultiResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        SubmitOutcome outcome = result.outcome();
        root.put("outcome", outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        ArrayNode ids = root.putArray("message_ids");
        if (outcome instanceof SubmitOutcome.Accepted a) {
            a.messageIds().forEach(ids::add);
        } else if (outcome instanceof SubmitOutcome.Rejected r) {
            r.acceptedMessageIds().forEach(ids::add);
        } else if (outcome instanceof SubmitOutcome.Failed f) {
            root.put("error", f.error().getMessage());
        } else if (outcome instanceof SubmitOutcome.Expired e) {
            root.put("error", "not sent by its deadline " + e.deadline());
        }
        if (!outcome.account().isEmpty()) {
            root.put("account", outcome.account());
        }
        ArrayNode destinations = root.putArray("destinations");
        for (SubmitMultiResult.DestinationResult r : result.destinations()) {
            ObjectNode d = destinations.addObject();
            d.put("destination", name(r.destination()));
            d.put("accepted", r.accepted());
            d.put("status", r.status().name());
            d.put("command_status", r.status().code());
        }
        return root.toString();
    }

    /** An SME address as typed on the command line; a distribution list as {@code list:NAME}. */
    static String name(DestinationAddress d) {
        return d instanceof DestinationAddress.Sme sme
                ? Addresses.format(sme.address())
                : "list:" + ((DestinationAddress.DistributionList) d).name();
    }
}
