package dev.smppkit.codec.pdu;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.internal.Fields;
import java.util.Objects;

/**
 * One unsuccess_sme entry of submit_multi_resp (§4.5.2): a destination the SMSC did not accept and why.
 *
 * @param address dest_addr_ton, dest_addr_npi, destination_addr (at most 20 characters)
 * @param errorStatus error_status_code
 */
public record UnsuccessSme(Address address, CommandStatus errorStatus) {
    public UnsuccessSme {
        Fields.address("destination_addr", address, 21);
        Objects.requireNonNull(errorStatus, "error_status_code");
    }
}
