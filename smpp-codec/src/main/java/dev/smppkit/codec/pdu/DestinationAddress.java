package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.internal.Fields;

/** One dest_address of submit_multi (§4.5.1.1): an SME address (dest_flag 1) or a distribution list (dest_flag 2). */
public sealed interface DestinationAddress {
    /** dest_flag 1: an SME address, destination_addr at most 20 characters. */
    record Sme(Address address) implements DestinationAddress {
        public Sme {
            Fields.address("destination_addr", address, 21);
        }
    }

    /** dest_flag 2: the name of a distribution list defined on the SMSC, at most 20 characters. */
    record DistributionList(String name) implements DestinationAddress {
        public DistributionList {
            Fields.cString("dl_name", name, 21);
        }
    }

    /** An SME destination. */
    static DestinationAddress sme(Address address) {
        return new Sme(address);
    }

    /** A distribution list destination. */
    static DestinationAddress distributionList(String name) {
        return new DistributionList(name);
    }
}
