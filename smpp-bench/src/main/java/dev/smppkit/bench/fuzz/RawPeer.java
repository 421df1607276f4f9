package dev.smppkit.bench.fuzz;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import dev.smppkit.codec.pdu.PduMutator;
import dev.smppkit.codec.pdu.PduSeedCorpus.Seed;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One raw, hostile side of a live SMPP connection over a blocking socket: it writes PDUs whole or in fragments, reads
 * whole frames, and after a burst of mutated PDUs probes whether the peer session is still answering.
 *
 * <p>The probe is a valid enquire_link with a sequence number of its own. The peer passes when, within the bound, it
 * answers the probe, closes the connection, or reports a broken frame with a generic_nack ESME_RINVCMDLEN (after
 * which its framing is its own business and this side hangs up). A peer that is silent may be waiting for the rest
 * of a frame whose command_length a mutation enlarged, so it is then sent a full frame's worth of zero octets: any
 * decoder must then see a command_length of 0 and answer or close. Silence after that is a hang.
 */
final class RawPeer implements AutoCloseable {
    static final int PROBE_SEQUENCE = 0x7FFFFF01;
    private static final int ZERO_PADDING = 65536 + 2 * PduCodec.HEADER_LENGTH + 16;

    /** How a probe ended. */
    enum Outcome {
        ANSWERED,
        CLOSED,
        NACKED_FRAMING,
        ANSWERED_AFTER_PADDING,
        CLOSED_AFTER_PADDING,
        HUNG
    }

    /** -Dsmppkit.fuzz.trace=true prints every frame written and read, to replay one connection. */
    private static final boolean TRACE = Boolean.getBoolean("smppkit.fuzz.trace");

    /**
     * When set, every mutated PDU keeps a true command_length and no garbage is sent: the session logic is fuzzed
     * even on a build whose decoder cannot survive a hostile length (SessionFuzz --true-lengths).
     */
    static volatile boolean trueLengths;

    final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    long received; // PDUs read, this connection
    long nacks; // generic_nack read, this connection

    RawPeer(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static byte[] encode(Pdu pdu) {
        byte[] b = new byte[PduCodec.encodedLength(pdu)];
        PduCodec.encode(pdu, Unpooled.wrappedBuffer(b).clear());
        return b;
    }

    /** Writes {@code b} whole (mostly), in a few pieces, or octet by octet. */
    void write(byte[] b, SplittableRandom rnd) throws IOException {
        if (TRACE) {
            System.out.println("> " + PduMutator.hex(b));
        }
        int mode = rnd.nextInt(16);
        if (mode == 0) {
            for (byte x : b) {
                out.write(x);
            }
        } else if (mode < 4 && b.length > 1) {
            int cut = 1 + rnd.nextInt(b.length - 1);
            out.write(b, 0, cut);
            out.write(b, cut, b.length - cut);
        } else {
            out.write(b);
        }
    }

    /**
     * One fuzzed connection's traffic: a burst of 1–200 mutated PDUs, each from the corpus {@code pick} chooses, then
     * a probe; counted in {@code tally}. The peer closing mid-burst is an outcome like any other.
     *
     * @throws AssertionError if the other side neither answered the probe nor closed ({@code who} names it)
     */
    void burstThenProbe(
            SplittableRandom rnd, Function<SplittableRandom, Seed[]> pick, FuzzTally tally, int probeMillis, String who)
            throws IOException {
        int burst = 1 + rnd.nextInt(200);
        for (int i = 0; i < burst; i++) {
            try {
                writeMutated(rnd, pick.apply(rnd));
                tally.pdus.incrementAndGet();
            } catch (SocketException e) {
                tally.closedMidBurst.incrementAndGet();
                tally.outcome(Outcome.CLOSED, this);
                return;
            }
        }
        Outcome outcome = probe(probeMillis);
        tally.outcome(outcome, this);
        if (outcome == Outcome.HUNG) {
            throw new AssertionError(who + " neither answered nor closed the connection");
        }
    }

    /** Writes a mutated PDU (or, one time in twenty, random garbage). */
    void writeMutated(SplittableRandom rnd, Seed[] corpus) throws IOException {
        byte[] b = rnd.nextInt(20) == 0 && !trueLengths
                ? PduMutator.randomBytes(rnd, 1 + rnd.nextInt(64))
                : PduMutator.mutate(rnd, corpus, 65536 + PduCodec.HEADER_LENGTH);
        if (b.length >= PduCodec.HEADER_LENGTH && (rnd.nextInt(10) != 0 || trueLengths)) {
            // Mostly a true command_length: a wrong one ends the session's framing, so the PDUs after it would
            // never reach the session logic. One in ten keeps whatever the mutation made of it.
            PduMutator.putInt(b, 0, b.length);
        }
        if (trueLengths && b.length < PduCodec.HEADER_LENGTH) {
            b = PduMutator.randomBytes(rnd, 0); // too short to carry a true length: send nothing
        }
        write(b, rnd);
    }

    /** The next whole frame, or null at end of stream; SocketTimeoutException when nothing came in time. */
    byte[] readFrame(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        } catch (SocketException e) {
            return null; // reset by the peer: closed
        }
        if (length < PduCodec.HEADER_LENGTH || length > 1 << 20) {
            throw new IOException("the peer wrote a frame of " + length + " octets");
        }
        byte[] frame = new byte[length];
        PduMutator.putInt(frame, 0, length);
        try {
            in.readFully(frame, 4, length - 4);
        } catch (EOFException | SocketException e) {
            return null;
        }
        received++;
        if (TRACE) {
            System.out.println("< " + PduMutator.hex(frame));
        }
        if (PduMutator.getInt(frame, 4) == 0x80000000) {
            nacks++;
        }
        return frame;
    }

    /** Sends the probe and waits for the peer's verdict (see the class comment). */
    Outcome probe(int timeoutMillis) throws IOException {
        try {
            write(encode(EnquireLink.create().withSequenceNumber(PROBE_SEQUENCE)), new SplittableRandom(0));
        } catch (SocketException e) {
            return Outcome.CLOSED;
        }
        Outcome first = awaitVerdict(timeoutMillis, false);
        if (first != null) {
            return first;
        }
        try {
            out.write(new byte[ZERO_PADDING]);
        } catch (SocketException e) {
            return Outcome.CLOSED_AFTER_PADDING;
        }
        Outcome second = awaitVerdict(timeoutMillis * 4, true);
        return second == null ? Outcome.HUNG : second;
    }

    private Outcome awaitVerdict(int timeoutMillis, boolean padded) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
            if (left <= 0) {
                return null;
            }
            byte[] frame;
            try {
                frame = readFrame(left);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (frame == null) {
                return padded ? Outcome.CLOSED_AFTER_PADDING : Outcome.CLOSED;
            }
            int commandId = PduMutator.getInt(frame, 4);
            int status = PduMutator.getInt(frame, 8);
            int sequence = PduMutator.getInt(frame, 12);
            if (padded) {
                return Outcome.ANSWERED_AFTER_PADDING; // anything at all: the session is alive
            }
            if (commandId == 0x80000015 && sequence == PROBE_SEQUENCE) {
                return Outcome.ANSWERED;
            }
            if (commandId == 0x80000000 && status == CommandStatus.ESME_RINVCMDLEN.code()) {
                return Outcome.NACKED_FRAMING;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
