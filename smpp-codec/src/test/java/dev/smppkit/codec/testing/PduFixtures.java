package dev.smppkit.codec.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.smppkit.codec.SmppPduDecoder;
import dev.smppkit.codec.SmppPduEncoder;
import dev.smppkit.codec.pdu.Pdu;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a golden fixture every way the codec can meet it: decode(bytes) equals the value, encode(value) equals the
 * bytes, the bytes fed through {@link SmppPduDecoder} whole, one byte at a time, and back to back with themselves,
 * and the value written through {@link SmppPduEncoder}.
 */
public final class PduFixtures {
    private PduFixtures() {}

    /**
     * Parses fixture hex: whitespace is ignored, {@code "text"} stands for its ASCII bytes, and everything from
     * {@code //} or {@code #} to the end of a line is a comment, so fixtures can be commented field by field.
     */
    public static byte[] hex(String fixture) {
        StringBuilder hex = new StringBuilder();
        for (String line : fixture.split("\n")) {
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '"') {
                    int end = line.indexOf('"', i + 1);
                    for (char t : line.substring(i + 1, end).toCharArray()) {
                        hex.append(String.format("%02x", (int) t));
                    }
                    i = end + 1;
                } else if (c == '#' || (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
                    break;
                } else {
                    if (!Character.isWhitespace(c)) {
                        hex.append(c);
                    }
                    i++;
                }
            }
        }
        return HexFormat.of().parseHex(hex.toString());
    }

    /** Asserts the whole round trip; {@code expected} carries the fixture's sequence number. */
    public static void assertGolden(String fixture, Pdu expected) {
        assertGolden(hex(fixture), expected);
    }

    public static void assertGolden(byte[] bytes, Pdu expected) {
        // decode(bytes) == value
        ByteBuf in = Unpooled.wrappedBuffer(bytes);
        Pdu decoded = PduCodec.decode(in);
        assertThat(in.isReadable()).as("decode consumes the frame").isFalse();
        assertThat(decoded).isEqualTo(expected);
        // encode(value) == bytes, with the announced length exact
        assertThat(PduCodec.encodedLength(expected)).isEqualTo(bytes.length);
        ByteBuf out = PduCodec.encode(expected, UnpooledByteBufAllocator.DEFAULT);
        try {
            assertThat(out.capacity()).as("encoder allocates the exact length").isEqualTo(bytes.length);
            assertThat(HexFormat.of().formatHex(ByteBufUtil.getBytes(out)))
                    .isEqualTo(HexFormat.of().formatHex(bytes));
        } finally {
            out.release();
        }
        assertThat(throughChannel(bytes, 0)).containsExactly(expected);
        assertThat(throughChannel(bytes, 1)).containsExactly(expected);
        byte[] three = new byte[bytes.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(bytes, 0, three, i * bytes.length, bytes.length);
        }
        assertThat(throughChannel(three, 0)).containsExactly(expected, expected, expected);
        assertThat(throughChannel(three, 7)).containsExactly(expected, expected, expected);
        assertThat(encodeThroughChannel(expected)).isEqualTo(bytes);
    }

    /**
     * Feeds {@code bytes} to a fresh decoder on an {@link EmbeddedChannel} in chunks of {@code chunk} bytes (0: all at
     * once) and returns what it decoded. Decode errors are rethrown by the channel.
     */
    public static List<Pdu> throughChannel(byte[] bytes, int chunk) {
        EmbeddedChannel channel = new EmbeddedChannel(new SmppPduDecoder());
        if (chunk == 0) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        } else {
            for (int i = 0; i < bytes.length; i += chunk) {
                channel.writeInbound(Unpooled.copiedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
            }
        }
        List<Pdu> pdus = new ArrayList<>();
        for (Object o; (o = channel.readInbound()) != null; ) {
            pdus.add((Pdu) o);
        }
        assertFalse(channel.finish(), "nothing left in the channel");
        return pdus;
    }

    /** Writes the PDU through {@link SmppPduEncoder} and returns the bytes. */
    public static byte[] encodeThroughChannel(Pdu pdu) {
        EmbeddedChannel channel = new EmbeddedChannel(SmppPduEncoder.INSTANCE);
        channel.writeOutbound(pdu);
        ByteBuf buf = channel.readOutbound();
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
            assertFalse(channel.finish());
        }
    }
}
