package dev.smppkit.codec.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when Netty reports a leaked buffer. Registered for every test through JUnit's extension
 * auto-detection (META-INF/services), so each module that has the codec test-jar on its test classpath gets it.
 *
 * <p>Netty reports a leak only when the garbage collector has found the unreleased buffer and a later allocation polls
 * the detector, so after each test this forces a few collections and allocations, then fails the test with the
 * leak records if any were reported. Tests run with {@code -Dio.netty.leakDetection.level=paranoid} (the parent pom),
 * so every buffer is tracked.
 */
public final class LeakGuardExtension implements AfterEachCallback {
    private static final ConcurrentLinkedQueue<String> LEAKS = new ConcurrentLinkedQueue<>();

    static {
        // Installed before any ByteBuf class initialises its detector: extensions load when the engine starts.
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        List<String> leaks = collect();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Netty reported " + leaks.size()
                    + " leaked buffer(s) during or before this test:\n" + String.join("\n----\n", leaks));
        }
    }

    /** Forces detection, then drains the reports so far. */
    public static List<String> collect() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
            // Allocations poll the detectors' reference queues, which is where leaks are reported.
            for (int j = 0; j < 8; j++) {
                ByteBuf a = PooledByteBufAllocator.DEFAULT.directBuffer(8);
                a.release();
                ByteBuf b = UnpooledByteBufAllocator.DEFAULT.heapBuffer(8);
                b.release();
            }
        }
        List<String> drained = new ArrayList<>();
        for (String s; (s = LEAKS.poll()) != null; ) {
            drained.add(s);
        }
        return drained;
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        @Override
        @SuppressWarnings("deprecation")
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(
                Class<T> resource, int samplingInterval, long maxActive) {
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(Class<T> resource, int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            LEAKS.add("LEAK: " + resourceType + records);
            super.reportTracedLeak(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            LEAKS.add("LEAK: " + resourceType + " (untraced: enable paranoid leak detection for records)");
            super.reportUntracedLeak(resourceType);
        }
    }
}
