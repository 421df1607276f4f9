package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * One unsuccess_sme entry of submit_multi_resp (§4.5.2): a destination the SMSC did not accept and why.
 *
 * @param address dest_addr_ton, dest_addr_npi, destination_addr (at most 20 characters)
 * @param errorStatus error_status_code (§4.5.2.1), 4 octets: the command_status explaining why this destination was
 *     rejected, e.g. ESME_RINVDSTADR
 */
public record UnsuccessSme(Address address, CommandStatus errorStatus) {
    /**
     * Checks the fields.
     *
     * @param address the rejected destination, at most 20 characters
     * @param errorStatus why it was rejected
     * @throws NullPointerException if address or errorStatus is null
     * @throws IllegalArgumentException if the address is longer than 20 characters
     */
    public UnsuccessSme {
        Fields.address("destination_addr", address, FieldLimits.ADDR);
        Objects.requireNonNull(errorStatus, "error_status_code");
    }
}
