package dev.smppkit.client;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.DataCoding;
import dev.smppkit.codec.SmppTime;
import dev.smppkit.codec.internal.Fields;
import dev.smppkit.codec.pdu.DestinationAddress;
import dev.smppkit.codec.pdu.SubmitMulti;
import dev.smppkit.codec.pdu.SubmitSm;
import dev.smppkit.codec.pdu.Tlvs;
import dev.smppkit.codec.text.ConcatMode;
import dev.smppkit.codec.text.Encoding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to send: a text (or binary data) from one address to another, with how to encode and split it, whether
 * to ask for a delivery receipt, and the user's tracking id and extra data that come back with the outcome and the
 * receipt. The client turns it into one or more {@code submit_sm} (one per segment). A raw {@link SubmitSm} can be
 * sent instead with {@link #ofSubmitSm}. A message to more than one destination, or to a distribution list (see
 * {@link Builder#alsoTo} and {@link Builder#distributionList}), is sent as one {@code submit_multi} per segment
 * instead. Immutable.
 */
public final class OutboundMessage {
    /** The highest {@linkplain #queuePriority() queue priority}; 0 is the lowest and the default. */
    public static final int MAX_QUEUE_PRIORITY = 9;

    private final Address source;
    private final Address destination;
    private final List<DestinationAddress> destinations;
    private final String text;
    private final byte[] binary;
    private final DataCoding binaryCoding;
    private final Encoding encoding;
    private final ConcatMode concatMode;
    private final boolean replaceUnencodable;
    private final boolean requestReceipt;
    private final String trackingId;
    private final Map<String, String> extra;
    private final String serviceType;
    private final int priority;
    private final int protocolId;
    private final boolean replaceIfPresent;
    private final SmppTime validityPeriod;
    private final SmppTime scheduleDeliveryTime;
    private final Tlvs tlvs;
    private final SubmitSm submitSm;
    private final String route;
    private final Instant expiresAt;
    private final Duration maxAge;
    private final int queuePriority;
    private final String deduplicationKey;

    private OutboundMessage(Builder b, SubmitSm submitSm) {
        this.source = b.source;
        this.destinations = b.allDestinations();
        this.destination = b.destination != null ? b.destination : firstSme(destinations);
        this.text = b.text;
        this.binary = b.binary;
        this.binaryCoding = b.binaryCoding;
        this.encoding = b.encoding;
        this.concatMode = b.concatMode;
        this.replaceUnencodable = b.replaceUnencodable;
        this.requestReceipt = b.requestReceipt;
        this.trackingId = b.trackingId;
        this.extra = Map.copyOf(b.extra);
        this.serviceType = b.serviceType;
        this.priority = b.priority;
        this.protocolId = b.protocolId;
        this.replaceIfPresent = b.replaceIfPresent;
        this.validityPeriod = b.validityPeriod;
        this.scheduleDeliveryTime = b.scheduleDeliveryTime;
        this.tlvs = b.tlvs;
        this.submitSm = submitSm;
        this.route = b.route;
        this.expiresAt = b.expiresAt;
        this.maxAge = b.maxAge;
        this.queuePriority = b.queuePriority;
        this.deduplicationKey = b.deduplicationKey;
    }

    /**
     * A builder for a text or binary message; {@link Builder#to to} and a {@link Builder#text text} or {@link
     * Builder#binary binary} body are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A message that is sent as this exact PDU (the session only assigns its sequence_number). Its receipt request is
     * whatever its registered_delivery says. It is not split, encoded or checked against the client's {@link
     * SubmissionOptions#maxSegments() segment limit}: its short_message or message_payload goes out as given.
     *
     * @param submitSm the PDU to send
     * @param trackingId your id for the message, returned with its outcome and receipt; may be null
     * @param extra your data kept with the tracking id; null for none
     * @return the message
     * @throws NullPointerException if submitSm is null, or extra holds a null key or value
     */
    public static OutboundMessage ofSubmitSm(SubmitSm submitSm, String trackingId, Map<String, String> extra) {
        Builder b = new Builder();
        b.source = submitSm.sourceAddress();
        b.destination = submitSm.destAddress();
        b.requestReceipt = submitSm.registeredDelivery().requestsReceipt();
        b.trackingId = trackingId;
        b.extra = extra == null ? Map.of() : extra;
        return new OutboundMessage(b, Objects.requireNonNull(submitSm, "submitSm"));
    }

    /**
     * The sender, source_addr.
     *
     * @return the source address; {@link Address#NULL} when unset, for the SMSC to fill in
     */
    public Address source() {
        return source;
    }

    /**
     * The recipient, destination_addr: the {@link Builder#to to} address, else the first SME destination added.
     *
     * @return the destination address; {@link Address#NULL} for a message only to distribution lists
     */
    public Address destination() {
        return destination;
    }

    /**
     * Every destination, in the order the submit_multi lists them: the {@link Builder#to to} address first (if set),
     * then those added with {@link Builder#alsoTo} and {@link Builder#distributionList}.
     *
     * @return an unmodifiable list of 1–254 destinations; one SME address for a plain message
     */
    public List<DestinationAddress> destinations() {
        return destinations;
    }

    /**
     * Whether this message goes out as submit_multi: it has more than one destination or a distribution list.
     *
     * @return true for submit_multi, false for submit_sm
     */
    public boolean isMulti() {
        return destinations.size() > 1 || destinations.get(0) instanceof DestinationAddress.DistributionList;
    }

    private static Address firstSme(List<DestinationAddress> destinations) {
        for (DestinationAddress d : destinations) {
            if (d instanceof DestinationAddress.Sme sme) {
                return sme.address();
            }
        }
        return Address.NULL; // only distribution lists
    }

    /**
     * The text, unless this is a binary or raw PDU message.
     *
     * @return the text, or empty
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * A copy of the binary data, if this is a binary message.
     *
     * @return a new copy of the octets on every call, or empty for a text or raw PDU message
     */
    public Optional<byte[]> binary() {
        return binary == null ? Optional.empty() : Optional.of(binary.clone());
    }

    /**
     * The data_coding of a binary message; unused for text.
     *
     * @return the data_coding binary data is sent with (default {@link DataCoding#BINARY}, 0x04)
     */
    public DataCoding binaryCoding() {
        return binaryCoding;
    }

    /**
     * The forced text encoding; empty means the cheapest that represents the text (GSM 7-bit, else UCS-2).
     *
     * @return the forced encoding, or empty
     */
    public Optional<Encoding> encoding() {
        return Optional.ofNullable(encoding);
    }

    /**
     * How to split a long message; empty means the client's default, {@link SubmissionOptions#concatMode()}.
     *
     * @return this message's split mode, or empty
     */
    public Optional<ConcatMode> concatMode() {
        return Optional.ofNullable(concatMode);
    }

    /**
     * Whether characters the forced encoding cannot represent are replaced instead of failing the message.
     *
     * @return true to replace them (default false)
     */
    public boolean replaceUnencodable() {
        return replaceUnencodable;
    }

    /**
     * Whether an SMSC delivery receipt is requested (registered_delivery 1).
     *
     * @return true if a receipt on final success or failure is requested (default false)
     */
    public boolean requestReceipt() {
        return requestReceipt;
    }

    /**
     * Your id for this message, returned with its outcome and receipt.
     *
     * @return the tracking id, or null
     */
    public String trackingId() {
        return trackingId;
    }

    /**
     * Your extra data, kept with the tracking id.
     *
     * @return an unmodifiable map, empty by default
     */
    public Map<String, String> extra() {
        return extra;
    }

    /**
     * The submit_sm's service_type, telling the SMSC which service the message belongs to.
     *
     * @return at most 5 characters; empty (the default) for the SMSC's default service
     */
    public String serviceType() {
        return serviceType;
    }

    /**
     * The submit_sm's priority_flag.
     *
     * @return 0–3 (default 0, the lowest)
     */
    public int priority() {
        return priority;
    }

    /**
     * The submit_sm's protocol_id (GSM TP-PID, §5.2.15): 0 for a plain short message; e.g. 0x41–0x47 for the
     * "replace short message" types a handset replaces in place.
     *
     * @return 0–255 (default 0)
     */
    public int protocolId() {
        return protocolId;
    }

    /**
     * Whether the submit_sm asks the SMSC to replace a message it still holds from the same source to the same
     * destination with the same service_type (replace_if_present_flag 1, §5.2.18), e.g. a status that only its latest
     * value matters for.
     *
     * @return true for replace_if_present_flag 1 (default false)
     */
    public boolean replaceIfPresent() {
        return replaceIfPresent;
    }

    /**
     * How long the SMSC keeps trying to deliver the message, validity_period.
     *
     * @return the validity period, or empty for the SMSC's default (the default)
     */
    public Optional<SmppTime> validityPeriod() {
        return Optional.ofNullable(validityPeriod);
    }

    /**
     * When the SMSC is to deliver the message, schedule_delivery_time.
     *
     * @return the scheduled time, or empty for immediate delivery (the default)
     */
    public Optional<SmppTime> scheduleDeliveryTime() {
        return Optional.ofNullable(scheduleDeliveryTime);
    }

    /**
     * Extra TLVs added to every submit_sm of this message.
     *
     * @return the TLVs; {@link Tlvs#EMPTY} by default
     */
    public Tlvs tlvs() {
        return tlvs;
    }

    /**
     * The raw PDU, if this message was made with {@link #ofSubmitSm}.
     *
     * @return the PDU sent as is, or empty for a built message
     */
    public Optional<SubmitSm> submitSm() {
        return Optional.ofNullable(submitSm);
    }

    /**
     * The route this message asks for by name (see {@code SmsGateway}), overriding the gateway's routing rules.
     *
     * @return the route's name, or empty to let the rules decide
     */
    public Optional<String> route() {
        return Optional.ofNullable(route);
    }

    /**
     * The instant after which the message must not be submitted any more.
     *
     * @return the absolute deadline, or empty for none
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * The longest the message may wait after it was queued; past it the message is not submitted.
     *
     * @return the maximum age, or empty for none
     */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /**
     * The order in which the broker hands messages out: 0 (the default, lowest) to {@link #MAX_QUEUE_PRIORITY};
     * higher first, first in first out within one priority. Brokers keep a share for the oldest messages so that low
     * priorities are never starved (see {@link InMemoryBroker}). Not sent to the SMSC: that is {@link #priority()}.
     *
     * @return the queue priority
     */
    public int queuePriority() {
        return queuePriority;
    }

    /**
     * The producer's key for idempotent enqueue: a broker that already holds a message with this key (queued, in
     * flight, or ended within its retention) returns that message instead of queuing a second one, so a producer may
     * retry an enqueue safely.
     *
     * @return the key, or empty for none
     */
    public Optional<String> deduplicationKey() {
        return Optional.ofNullable(deduplicationKey);
    }

    /**
     * When this message expires if it was queued at {@code enqueuedAt}: the earlier of {@link #expiresAt()} and
     * {@code enqueuedAt} plus {@link #maxAge()}. A message past its deadline ends as {@link SubmitOutcome.Expired}
     * instead of being submitted.
     *
     * @param enqueuedAt when the broker queued the message
     * @return the deadline, or empty when the message never expires
     */
    public Optional<Instant> deadline(Instant enqueuedAt) {
        Instant byAge = maxAge != null ? enqueuedAt.plus(maxAge) : null;
        if (byAge == null) {
            return Optional.ofNullable(expiresAt);
        }
        return Optional.of(expiresAt != null && expiresAt.isBefore(byAge) ? expiresAt : byAge);
    }

    @Override
    public String toString() {
        return "OutboundMessage(" + source + " -> " + destination
                + (destinations.size() > 1 ? " and " + (destinations.size() - 1) + " more" : "")
                + (trackingId != null ? ", trackingId=" + trackingId : "")
                + (text != null ? ", text=" + text.length() + " chars" : "")
                + (binary != null ? ", binary=" + binary.length + " octets" : "")
                + (submitSm != null ? ", raw submit_sm" : "")
                + (route != null ? ", route=" + route : "")
                + (expiresAt != null ? ", expiresAt=" + expiresAt : "")
                + (maxAge != null ? ", maxAge=" + maxAge : "")
                + (queuePriority != 0 ? ", queuePriority=" + queuePriority : "")
                + (deduplicationKey != null ? ", deduplicationKey=" + deduplicationKey : "") + ")";
    }

    /**
     * Builds an {@link OutboundMessage}. Setters check field limits at once and name the field; {@link #build()} checks
     * that a destination and a body are set. Whether the text fits the encoding and the segment limit is checked when
     * the client sends it: a message that does not fit fails with {@link InvalidMessageException}.
     */
    public static final class Builder {
        private Address source = Address.NULL;
        private Address destination;
        private final List<DestinationAddress> more = new ArrayList<>();
        private String text;
        private byte[] binary;
        private DataCoding binaryCoding = DataCoding.BINARY;
        private Encoding encoding;
        private ConcatMode concatMode;
        private boolean replaceUnencodable;
        private boolean requestReceipt;
        private String trackingId;
        private Map<String, String> extra = Map.of();
        private String serviceType = "";
        private int priority;
        private int protocolId;
        private boolean replaceIfPresent;
        private SmppTime validityPeriod;
        private SmppTime scheduleDeliveryTime;
        private Tlvs tlvs = Tlvs.EMPTY;
        private String route;
        private Instant expiresAt;
        private Duration maxAge;
        private int queuePriority;
        private String deduplicationKey;

        private Builder() {}

        /**
         * The sender, source_addr (default {@link Address#NULL}: the SMSC fills in the account's default).
         *
         * @param source an address of at most 20 characters, e.g. {@link Address#alphanumeric(String)} or a short code
         * @return this builder
         * @throws NullPointerException if source is null (use {@link Address#NULL})
         * @throws IllegalArgumentException if its value is longer than 20 characters
         */
        public Builder from(Address source) {
            this.source = Fields.address("source_addr", source, 21);
            return this;
        }

        /**
         * The recipient, destination_addr (required).
         *
         * @param destination an address of at most 20 characters, e.g. {@link Address#international(String)}
         * @return this builder
         * @throws NullPointerException if destination is null
         * @throws IllegalArgumentException if its value is longer than 20 characters
         */
        public Builder to(Address destination) {
            this.destination = Fields.address("destination_addr", destination, 21);
            return this;
        }

        /**
         * Adds another recipient: the message then goes out as submit_multi (one per segment) to the {@link #to to}
         * address and every address and distribution list added, in the order added.
         *
         * @param destination an address of at most 20 characters
         * @return this builder
         * @throws NullPointerException if destination is null
         * @throws IllegalArgumentException if its value is longer than 20 characters, it was added already, or the
         *     message would have more than 254 destinations (number_of_dests)
         */
        public Builder alsoTo(Address destination) {
            return add(DestinationAddress.sme(Fields.address("destination_addr", destination, 21)));
        }

        /**
         * Adds a distribution list defined on the SMSC (dest_flag 2): the message then goes out as submit_multi.
         *
         * @param name the list's name, 1–20 Latin-1 characters (dl_name)
         * @return this builder
         * @throws NullPointerException if name is null
         * @throws IllegalArgumentException if name is empty, longer than 20 characters or not Latin-1 without NUL, it
         *     was added already, or the message would have more than 254 destinations (number_of_dests)
         */
        public Builder distributionList(String name) {
            Objects.requireNonNull(name, "dl_name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("dl_name is empty; must be 1-20 characters");
            }
            return add(DestinationAddress.distributionList(name));
        }

        private Builder add(DestinationAddress d) {
            if (more.contains(d) || (destination != null && d.equals(DestinationAddress.sme(destination)))) {
                throw new IllegalArgumentException("destination " + d + " was added already");
            }
            if (more.size() + (destination != null ? 1 : 0) >= SubmitMulti.MAX_DESTINATIONS) {
                throw new IllegalArgumentException(
                        "number_of_dests would be " + (more.size() + (destination != null ? 2 : 1)) + "; must be 1-"
                                + SubmitMulti.MAX_DESTINATIONS);
            }
            more.add(d);
            return this;
        }

        private List<DestinationAddress> allDestinations() {
            List<DestinationAddress> all = new ArrayList<>(more.size() + 1);
            if (destination != null) {
                all.add(DestinationAddress.sme(destination));
            }
            all.addAll(more);
            return List.copyOf(all);
        }

        /**
         * The text, replacing binary data set before. Any length up to what the maximum segment count allows: it is
         * encoded and split when sent (e.g. 160 GSM characters in one submit_sm, 153 per segment after that with the
         * default mode).
         *
         * @param text the text; may be empty
         * @return this builder
         * @throws NullPointerException if text is null
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            this.binary = null;
            return this;
        }

        /**
         * Binary data instead of text, sent unchanged with the given data_coding (e.g. 0x04, or 0xF6 for SIM data),
         * replacing a text set before: 140 octets in one submit_sm, 134 per segment after that with the default mode.
         *
         * @param data the octets; copied
         * @param dataCoding the data_coding the submit_sm carries
         * @return this builder
         * @throws NullPointerException if data or dataCoding is null
         */
        public Builder binary(byte[] data, DataCoding dataCoding) {
            this.binary = data.clone();
            this.binaryCoding = Objects.requireNonNull(dataCoding, "dataCoding");
            this.text = null;
            return this;
        }

        /**
         * Forces an encoding instead of choosing the cheapest exact one (GSM 7-bit, else UCS-2). A character the
         * encoding cannot represent fails the message with {@link InvalidMessageException} when it is sent, unless
         * {@link #replaceUnencodable(boolean)} is on.
         *
         * @param encoding the encoding, or null to let the client choose (the default)
         * @return this builder
         */
        public Builder encoding(Encoding encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * How to split this message if it needs several segments (default: the client's {@link
         * SubmissionOptions#concatMode() concatMode}).
         *
         * @param mode the split mode, or null for the client's default
         * @return this builder
         */
        public Builder concatMode(ConcatMode mode) {
            this.concatMode = mode;
            return this;
        }

        /**
         * Replace characters the forced encoding cannot represent instead of failing the message (default off): an
         * accented letter becomes its base letter where that is representable, anything else {@code ?}.
         *
         * @param replace true to replace, false to fail the message with {@link InvalidMessageException}
         * @return this builder
         */
        public Builder replaceUnencodable(boolean replace) {
            this.replaceUnencodable = replace;
            return this;
        }

        /**
         * Ask for a delivery receipt on final success or failure (registered_delivery 1; default off). The receipt
         * comes back to {@link Hook#onDeliveryReceipt} with this message's tracking id and extra data, matched through
         * the {@link Correlator}.
         *
         * @param request true to request a receipt
         * @return this builder
         */
        public Builder requestReceipt(boolean request) {
            this.requestReceipt = request;
            return this;
        }

        /**
         * Your id for the message, returned with its outcome and receipt (default none).
         *
         * @param trackingId any string, e.g. your database key; null for none
         * @return this builder
         */
        public Builder trackingId(String trackingId) {
            this.trackingId = trackingId;
            return this;
        }

        /**
         * Extra data kept with the tracking id (e.g. a customer id), returned with the receipt; replaces extra data set
         * before (default none).
         *
         * @param extra the data; copied
         * @return this builder
         * @throws NullPointerException if extra is null or holds a null key or value
         */
        public Builder extra(Map<String, String> extra) {
            this.extra = Map.copyOf(extra);
            return this;
        }

        /**
         * The submit_sm's service_type (default empty: the SMSC's default service); set it only if the SMSC asks for a
         * value.
         *
         * @param serviceType at most 5 Latin-1 characters, "" for none
         * @return this builder
         * @throws NullPointerException if serviceType is null
         * @throws IllegalArgumentException if it is longer than 5 characters or holds a NUL or a character outside
         *     Latin-1
         */
        public Builder serviceType(String serviceType) {
            this.serviceType = Fields.cString("service_type", serviceType, 6);
            return this;
        }

        /**
         * The submit_sm's priority_flag (default 0); what each level means depends on the network, and many SMSCs
         * ignore it.
         *
         * @param priority 0 (lowest) to 3 (highest)
         * @return this builder
         * @throws IllegalArgumentException if priority is outside 0–3 ("priority_flag is 7; must be 0-3")
         */
        public Builder priority(int priority) {
            this.priority = Fields.range("priority_flag", priority, 0, 3);
            return this;
        }

        /**
         * The submit_sm's protocol_id (default 0), the GSM TP-PID the SMSC passes to the handset.
         *
         * @param protocolId 0–255
         * @return this builder
         * @throws IllegalArgumentException if protocolId is outside 0–255 ("protocol_id is 300; must be 0-255")
         */
        public Builder protocolId(int protocolId) {
            this.protocolId = Fields.range("protocol_id", protocolId, 0, 255);
            return this;
        }

        /**
         * Asks the SMSC to replace a message it still holds from the same source to the same destination with the same
         * service_type (replace_if_present_flag; default false).
         *
         * @param replace true for replace_if_present_flag 1
         * @return this builder
         */
        public Builder replaceIfPresent(boolean replace) {
            this.replaceIfPresent = replace;
            return this;
        }

        /**
         * How long the SMSC keeps trying to deliver the message before it expires (default: the SMSC's own validity).
         *
         * @param validityPeriod a relative time such as {@code SmppTime.relative(Duration.ofHours(4))}, an absolute
         *     one, or null for the SMSC's default
         * @return this builder
         */
        public Builder validityPeriod(SmppTime validityPeriod) {
            this.validityPeriod = validityPeriod;
            return this;
        }

        /**
         * When the SMSC is to deliver the message (default: at once).
         *
         * @param time an absolute or relative time, or null for immediate delivery
         * @return this builder
         */
        public Builder scheduleDeliveryTime(SmppTime time) {
            this.scheduleDeliveryTime = time;
            return this;
        }

        /**
         * TLVs added to every submit_sm of the message (e.g. user_message_reference, vendor TLVs); replaces TLVs set
         * before (default none). The client adds the SAR and message_payload TLVs a split needs itself.
         *
         * @param tlvs the TLVs
         * @return this builder
         * @throws NullPointerException if tlvs is null
         */
        public Builder tlvs(Tlvs tlvs) {
            this.tlvs = Objects.requireNonNull(tlvs, "tlvs");
            return this;
        }

        /**
         * Sends the message on the named route of an {@code SmsGateway}, whatever its routing rules say (for example
         * {@code route("otp")} for one-time passwords on the fast route). A plain {@link Esme} ignores it.
         *
         * @param route the route's name (1 to 64 characters), or null for the rules to decide
         * @return this builder
         * @throws IllegalArgumentException if the name is empty or longer than 64 characters
         */
        public Builder route(String route) {
            if (route != null && (route.isEmpty() || route.length() > 64)) {
                throw new IllegalArgumentException("route must be 1 to 64 characters, was " + route.length());
            }
            this.route = route;
            return this;
        }

        /**
         * An absolute deadline: a message still queued at this instant is never submitted and ends as
         * {@link SubmitOutcome.Expired} (an OTP sent late is worse than none).
         *
         * @param expiresAt the deadline, or null for none
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * A maximum age, counted from when the broker queued the message: past it the message is never submitted and
         * ends as {@link SubmitOutcome.Expired}.
         *
         * @param maxAge above zero, or null for none
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder maxAge(Duration maxAge) {
            if (maxAge != null && (maxAge.isZero() || maxAge.isNegative())) {
                throw new IllegalArgumentException("maxAge must be above zero, was " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        /**
         * The order in which the broker hands this message out: higher first (default 0, the lowest). Use it to let
         * one-time passwords overtake a marketing batch queued before them.
         *
         * @param queuePriority 0 to {@link #MAX_QUEUE_PRIORITY}
         * @return this builder
         * @throws IllegalArgumentException if out of range ("queuePriority is 10; must be 0-9")
         */
        public Builder queuePriority(int queuePriority) {
            this.queuePriority = Fields.range("queuePriority", queuePriority, 0, MAX_QUEUE_PRIORITY);
            return this;
        }

        /**
         * A key that makes enqueuing this message idempotent: enqueuing another message with the same key while the
         * broker remembers it returns the first message instead (e.g. the producer's own message id, so that a retried
         * request does not send the SMS twice).
         *
         * @param key 1 to 128 characters, or null for none
         * @return this builder
         * @throws IllegalArgumentException if empty or longer than 128 characters
         */
        public Builder deduplicationKey(String key) {
            if (key != null && (key.isEmpty() || key.length() > 128)) {
                throw new IllegalArgumentException("deduplicationKey must be 1 to 128 characters, was " + key.length());
            }
            this.deduplicationKey = key;
            return this;
        }

        /**
         * Builds the message. The text's encoding and length are checked when the client sends it, not here.
         *
         * @return an immutable message
         * @throws IllegalArgumentException if there is no destination ("destination_addr is required (to(...))") or the
         *     text or binary body ("a message needs text(...) or binary(...)") is missing, or the {@code to} address is
         *     also among the added ones, or there are more than 254 destinations
         */
        public OutboundMessage build() {
            if (destination == null && more.isEmpty()) {
                throw new IllegalArgumentException("destination_addr is required (to(...))");
            }
            if (destination != null && more.contains(DestinationAddress.sme(destination))) {
                throw new IllegalArgumentException("destination " + destination + " is both to(...) and alsoTo(...)");
            }
            if (more.size() + (destination != null ? 1 : 0) > SubmitMulti.MAX_DESTINATIONS) {
                throw new IllegalArgumentException(
                        "number_of_dests is " + (more.size() + 1) + "; must be 1-" + SubmitMulti.MAX_DESTINATIONS);
            }
            if (text == null && binary == null) {
                throw new IllegalArgumentException("a message needs text(...) or binary(...)");
            }
            return new OutboundMessage(this, null);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutboundMessage m
                && Objects.equals(m.source, source)
                && Objects.equals(m.destination, destination)
                && m.destinations.equals(destinations)
                && Objects.equals(m.text, text)
                && Arrays.equals(m.binary, binary)
                && Objects.equals(m.binaryCoding, binaryCoding)
                && m.encoding == encoding
                && m.concatMode == concatMode
                && m.replaceUnencodable == replaceUnencodable
                && m.requestReceipt == requestReceipt
                && Objects.equals(m.trackingId, trackingId)
                && m.extra.equals(extra)
                && m.serviceType.equals(serviceType)
                && m.priority == priority
                && m.protocolId == protocolId
                && m.replaceIfPresent == replaceIfPresent
                && Objects.equals(m.validityPeriod, validityPeriod)
                && Objects.equals(m.scheduleDeliveryTime, scheduleDeliveryTime)
                && m.tlvs.equals(tlvs)
                && Objects.equals(m.submitSm, submitSm)
                && Objects.equals(m.route, route)
                && Objects.equals(m.expiresAt, expiresAt)
                && Objects.equals(m.maxAge, maxAge)
                && m.queuePriority == queuePriority
                && Objects.equals(m.deduplicationKey, deduplicationKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, destinations, text, Arrays.hashCode(binary), trackingId, submitSm);
    }
}
