package dev.smppkit.client.internal;

import dev.smppkit.codec.Address;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import dev.smppkit.codec.pdu.EnquireLink;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A hostile SMSC on plain sockets: accepts one connection, answers its bind, then writes enquire_link and deliver_sm
 * as fast as TCP lets it and never reads, until told to {@link #startReading() read}, after which it counts the
 * responses. Its receive buffer is small, so the client's answers back up in the client rather than in the kernel.
 */
final class FloodingPeer implements AutoCloseable {
    private static final int BLOCK_PDUS = 1000; // every 4th a deliver_sm, the rest enquire_link

    private final ServerSocket server;
    private final byte[] block;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong responses = new AtomicLong();
    private volatile Socket socket;
    private volatile Throwable failure;
    private Thread flooder;
    private Thread reader;

    FloodingPeer() throws IOException {
        server = new ServerSocket();
        server.setReceiveBufferSize(64 * 1024); // inherited by the accepted socket; small, but not so small it crawls
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        block = block();
    }

    int port() {
        return server.getLocalPort();
    }

    String host() {
        return server.getInetAddress().getHostAddress();
    }

    /**
     * Accepts the client, answers its bind, then floods in a thread: {@code pdus} in all (rounded up to 1,000), or
     * until {@code more} turns false when {@code pdus} is 0.
     */
    void floodAfterBind(long pdus, BooleanSupplier more) {
        flooder = new Thread(
                () -> {
                    try {
                        Socket s = server.accept();
                        socket = s;
                        DataInputStream in = new DataInputStream(s.getInputStream());
                        int length = in.readInt();
                        byte[] rest = new byte[length - 4];
                        in.readFully(rest);
                        int bindSeq = ((rest[8] & 0xFF) << 24)
                                | ((rest[9] & 0xFF) << 16)
                                | ((rest[10] & 0xFF) << 8)
                                | (rest[11] & 0xFF);
                        OutputStream out = s.getOutputStream();
                        out.write(bytes(BindResp.builder(BindType.TRANSCEIVER)
                                .systemId("flood")
                                .build()
                                .withSequenceNumber(bindSeq)));
                        while (pdus > 0 ? sent.get() < pdus : more.getAsBoolean()) {
                            out.write(block); // blocks while the client does not read
                            sent.addAndGet(BLOCK_PDUS);
                        }
                        out.flush();
                    } catch (IOException | RuntimeException e) {
                        failure = e;
                    }
                },
                "flooding-peer");
        flooder.setDaemon(true);
        flooder.start();
    }

    /** From now on reads and counts what the client sends (its responses). */
    void startReading() {
        reader = new Thread(
                () -> {
                    try {
                        DataInputStream in =
                                new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65536));
                        while (true) {
                            int length = in.readInt();
                            in.skipNBytes(length - 4);
                            responses.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // closed
                    }
                },
                "flooding-peer-reader");
        reader.setDaemon(true);
        reader.start();
    }

    long sent() {
        return sent.get();
    }

    long responses() {
        return responses.get();
    }

    boolean floodDone() {
        return !flooder.isAlive();
    }

    void joinFlood(long millis) throws InterruptedException {
        flooder.join(millis);
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        Socket s = socket;
        if (s != null) {
            s.close();
        }
        server.close();
    }

    private static byte[] block() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= BLOCK_PDUS; i++) {
            Pdu pdu = i % 4 == 0
                    ? DeliverSm.builder()
                            .sourceAddress(Address.international("447700900123"))
                            .shortMessage("flood".getBytes(StandardCharsets.US_ASCII))
                            .build()
                            .withSequenceNumber(i)
                    : EnquireLink.create().withSequenceNumber(i);
            b.writeBytes(bytes(pdu));
        }
        return b.toByteArray();
    }

    private static byte[] bytes(Pdu pdu) {
        ByteBuf buf = PduCodec.encode(pdu, UnpooledByteBufAllocator.DEFAULT);
        try {
            byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            return out;
        } finally {
            buf.release();
        }
    }
}
