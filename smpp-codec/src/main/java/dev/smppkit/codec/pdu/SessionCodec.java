package dev.smppkit.codec.pdu;

import static dev.smppkit.codec.CommandStatus.ESME_RINVPASWD;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSID;
import static dev.smppkit.codec.CommandStatus.ESME_RINVSYSTYP;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.SmppDecodeException;
import dev.smppkit.codec.internal.FrameReader;
import dev.smppkit.codec.internal.Wire;
import io.netty.buffer.ByteBuf;

/** bind_*, bind_*_resp and outbind bodies (§4.1). The header-only session PDUs need no body codec. */
final class SessionCodec {
    private SessionCodec() {}

    static Bind decodeBind(FrameReader r, BindType type, int seq) {
        String systemId = r.cString("system_id", 16, ESME_RINVSYSID);
        String password = r.cString("password", 9, ESME_RINVPASWD);
        String systemType = r.cString("system_type", 13, ESME_RINVSYSTYP);
        int version = r.u8("interface_version");
        Address range = r.address("address_range", 41, CommandStatus.ESME_RINVPARLEN);
        return new Bind(seq, TlvCodec.decode(r), type, systemId, password, systemType, version, range);
    }

    static BindResp decodeBindResp(FrameReader r, BindType type, CommandStatus status, int seq) {
        if (!r.hasRemaining()) {
            return new BindResp(status, seq, Tlvs.EMPTY, type, null);
        }
        try {
            String systemId = r.cString("system_id", 16, ESME_RINVSYSID);
            return new BindResp(status, seq, TlvCodec.decode(r), type, systemId);
        } catch (SmppDecodeException e) {
            if (status.isOk()) {
                throw e;
            }
            return new BindResp(status, seq, Tlvs.EMPTY, type, null); // a failed bind's stray body says nothing
        }
    }

    static Outbind decodeOutbind(FrameReader r, int seq) {
        String systemId = r.cString("system_id", 16, ESME_RINVSYSID);
        String password = r.cString("password", 9, ESME_RINVPASWD);
        return new Outbind(seq, TlvCodec.decode(r), systemId, password);
    }

    static int bodyLength(Pdu pdu) {
        if (pdu instanceof Bind b) {
            return Wire.cStringLength(b.systemId())
                    + Wire.cStringLength(b.password())
                    + Wire.cStringLength(b.systemType())
                    + 1
                    + Wire.addressLength(b.addressRange());
        }
        if (pdu instanceof BindResp b) {
            return b.rawSystemId() == null ? 0 : Wire.cStringLength(b.rawSystemId());
        }
        Outbind o = (Outbind) pdu;
        return Wire.cStringLength(o.systemId()) + Wire.cStringLength(o.password());
    }

    static void writeBody(Pdu pdu, ByteBuf out) {
        if (pdu instanceof Bind b) {
            Wire.writeCString(out, b.systemId());
            Wire.writeCString(out, b.password());
            Wire.writeCString(out, b.systemType());
            out.writeByte(b.interfaceVersion());
            Wire.writeAddress(out, b.addressRange());
        } else if (pdu instanceof BindResp b) {
            if (b.rawSystemId() != null) {
                Wire.writeCString(out, b.rawSystemId());
            }
        } else {
            Outbind o = (Outbind) pdu;
            Wire.writeCString(out, o.systemId());
            Wire.writeCString(out, o.password());
        }
    }
}
