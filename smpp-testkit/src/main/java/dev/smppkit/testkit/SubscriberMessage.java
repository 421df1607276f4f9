package dev.smppkit.testkit;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.pdu.DeliverSmResp;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A mobile-terminated message as a virtual subscriber receives it. */
public interface SubscriberMessage {
    /**
     * The sender (the submit's source address).
     *
     * @return the source address
     */
    Address from();

    /**
     * The subscriber (the submit's destination address).
     *
     * @return the destination address
     */
    Address to();

    /**
     * The text, decoded by its data_coding; empty for binary data.
     *
     * @return the text, or empty
     */
    Optional<String> text();

    /**
     * The body octets, segments joined and UDH removed.
     *
     * @return the octets
     */
    byte[] payload();

    /**
     * The data_coding.
     *
     * @return the data_coding of the submit
     */
    DataCoding dataCoding();

    /**
     * The message id the simulator gave it (of its last segment, for a concatenated message).
     *
     * @return the message id
     */
    String messageId();

    /**
     * The session it was submitted on.
     *
     * @return the submitting session
     */
    SmscSession session();

    /**
     * Replies with a mobile-originated message from {@link #to()} to {@link #from()}, split into concatenated
     * segments if long, delivered to the submitting ESME: on this session if it can receive, otherwise on another
     * receiver session with the same system_id, or held until one binds. Redelivered as
     * {@link SmscSimulatorBuilder#redelivery} says.
     *
     * @return completes with the deliver_sm_resp of every segment, or exceptionally with a {@link DeliveryException}
     *     if the segments could not be delivered
     * @param text the reply's text
     */
    CompletableFuture<List<DeliverSmResp>> reply(String text);
}
