package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.internal.Fields;

/** One dest_address of submit_multi (§4.5.1.1): an SME address (dest_flag 1) or a distribution list (dest_flag 2). */
public sealed interface DestinationAddress {
    /**
     * dest_flag 1: an SME address, destination_addr at most 20 characters.
     *
     * @param address the dest_addr_ton, dest_addr_npi and destination_addr (§5.2.9), at most 21 octets with the NUL
     */
    record Sme(Address address) implements DestinationAddress {
        /**
         * Checks the address.
         *
         * @param address the SME address, at most 20 characters
         * @throws NullPointerException if address is null
         * @throws IllegalArgumentException if the address is longer than 20 characters
         */
        public Sme {
            Fields.address("destination_addr", address, FieldLimits.ADDR);
        }
    }

    /**
     * dest_flag 2: the name of a distribution list defined on the SMSC, at most 20 characters.
     *
     * @param name the dl_name (§5.2.27), at most 21 octets with the NUL
     */
    record DistributionList(String name) implements DestinationAddress {
        /**
         * Checks the name.
         *
         * @param name the dl_name, at most 20 characters
         * @throws NullPointerException if name is null
         * @throws IllegalArgumentException if name is longer than 20 characters or not Latin-1 without NUL
         */
        public DistributionList {
            Fields.cString("dl_name", name, FieldLimits.DL_NAME);
        }
    }

    /**
     * An SME destination.
     *
     * @param address the SME address, at most 20 characters
     * @return a {@link Sme} (dest_flag 1)
     * @throws NullPointerException if address is null
     * @throws IllegalArgumentException if the address is longer than 20 characters
     */
    static DestinationAddress sme(Address address) {
        return new Sme(address);
    }

    /**
     * A distribution list destination.
     *
     * @param name the distribution list's name on the SMSC, at most 20 characters
     * @return a {@link DistributionList} (dest_flag 2)
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if name is longer than 20 characters or not Latin-1 without NUL
     */
    static DestinationAddress distributionList(String name) {
        return new DistributionList(name);
    }
}
