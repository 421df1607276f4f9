package dev.smppkit.codec.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smppkit.codec.SmppDecodeException;
import io.netty.buffer.Unpooled;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Pdu#equals} and {@link Pdu#hashCode} compare and fold the fields in place. They must mean what the earlier
 * list-based versions meant, which live on here as the reference: the header, the TLVs and the body fields that
 * {@code fields()} visits, compared with {@link Arrays#deepEquals} and hashed with {@link Arrays#deepHashCode}.
 */
class PduEqualityTest {
    private static final int PER_KIND = 20;

    @Test
    void equalsAndHashCodeAgreeWithTheFieldListReference() {
        List<Pdu> pdus = corpus(new SplittableRandom(11));
        int equalPairs = 0;
        for (Pdu a : pdus) {
            Pdu copy = roundTrip(a); // another instance with the same fields
            assertThat(copy).isNotSameAs(a);
            assertSameAsReference(a, copy);
            equalPairs++;
            for (Pdu nearMiss : oneOctetChanged(a)) { // differs in exactly one field, or in none
                assertSameAsReference(a, nearMiss);
            }
        }
        for (int i = 0; i + 1 < pdus.size(); i++) { // neighbours: same kind or the next one
            assertSameAsReference(pdus.get(i), pdus.get(i + 1));
        }
        assertThat(equalPairs).isEqualTo(PduSeedCorpus.KINDS * PER_KIND);
    }

    @Test
    void equalsAndHashCodeAllocateNothing() throws ReflectiveOperationException {
        Object threads;
        Method allocatedBytes;
        try { // by reflection: the tests compile inside the codec's module, which does not read java.management
            threads = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean")
                    .invoke(null);
            allocatedBytes =
                    Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            assumeTrue(false, "no per-thread allocation counter: " + e);
            return;
        }
        List<Pdu> pdus = corpus(new SplittableRandom(12));
        List<Pdu> copies = new ArrayList<>();
        pdus.forEach(p -> copies.add(roundTrip(p)));
        int checksum = run(pdus, copies); // warm up: load classes, link call sites
        long before = (Long) allocatedBytes.invoke(threads);
        for (int i = 0; i < 20; i++) {
            checksum += run(pdus, copies);
        }
        long allocated = (Long) allocatedBytes.invoke(threads) - before;
        int calls = 20 * pdus.size() * 3;
        assertThat(checksum).isNotZero();
        // the list-based versions took hundreds of octets per call; allow a stray few for the measuring itself
        assertThat(allocated).as("octets allocated by %d calls", calls).isLessThan(calls / 10);
    }

    private static int run(List<Pdu> pdus, List<Pdu> copies) {
        int sum = 0;
        for (int i = 0; i < pdus.size(); i++) {
            Pdu a = pdus.get(i);
            sum += a.hashCode();
            sum += a.equals(copies.get(i)) ? 1 : 0;
            sum += a.equals(pdus.get((i + 1) % pdus.size())) ? 1 : 0;
        }
        return sum;
    }

    private static void assertSameAsReference(Pdu a, Pdu b) {
        assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(referenceEquals(a, b));
        assertThat(b.equals(a)).as("%s vs %s", b, a).isEqualTo(referenceEquals(b, a));
        assertThat(a.hashCode()).as("hash of %s", a).isEqualTo(referenceHash(a));
        assertThat(b.hashCode()).as("hash of %s", b).isEqualTo(referenceHash(b));
    }

    private static List<Pdu> corpus(SplittableRandom rnd) {
        List<Pdu> pdus = new ArrayList<>();
        for (int kind = 0; kind < PduSeedCorpus.KINDS; kind++) {
            for (int i = 0; i < PER_KIND; i++) {
                pdus.add(PduSeedCorpus.randomPdu(rnd, kind).withSequenceNumber(1 + rnd.nextInt(1000)));
            }
        }
        return pdus;
    }

    private static Pdu roundTrip(Pdu pdu) {
        byte[] bytes = new byte[PduCodec.encodedLength(pdu)];
        PduCodec.encode(pdu, Unpooled.wrappedBuffer(bytes).clear());
        return PduCodec.decode(Unpooled.wrappedBuffer(bytes));
    }

    /** Every PDU that still decodes when one octet after the command_length is incremented. */
    private static List<Pdu> oneOctetChanged(Pdu pdu) {
        byte[] bytes = new byte[PduCodec.encodedLength(pdu)];
        PduCodec.encode(pdu, Unpooled.wrappedBuffer(bytes).clear());
        List<Pdu> variants = new ArrayList<>();
        for (int i = 4; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i]++;
            try {
                variants.add(PduCodec.decode(Unpooled.wrappedBuffer(changed)));
            } catch (SmppDecodeException | IllegalArgumentException e) {
                // no longer a valid PDU: nothing to compare
            }
        }
        return variants;
    }

    private static boolean referenceEquals(Pdu a, Pdu b) {
        return a == b || (a.getClass() == b.getClass() && Arrays.deepEquals(values(a), values(b)));
    }

    private static int referenceHash(Pdu pdu) {
        return Arrays.deepHashCode(values(pdu));
    }

    private static Object[] values(Pdu pdu) {
        List<Object> values = new ArrayList<>();
        values.add(pdu.commandId());
        values.add(pdu.commandStatus());
        values.add(pdu.sequenceNumber());
        values.add(pdu.tlvs());
        Pdu.FieldVisitor[] self = new Pdu.FieldVisitor[1];
        self[0] = (name, value) -> {
            values.add(value);
            return self[0];
        };
        pdu.fields(self[0]);
        return values.toArray();
    }
}
