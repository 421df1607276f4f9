package dev.smppkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The flood of {@link FloodingPeerIT} for a fixed time (25 s: on a busy 2-core machine the client needs 10-15 s to
 * fill the loopback socket buffers, about 5 MiB of answers, before back-pressure has to act) against a client in a
 * child JVM whose heap is capped at 256 MiB. Before back-pressure this grew the client without limit.
 */
@Timeout(240)
class FloodUnderSmallHeapIT {
    @Test
    void aClientWith256MiBOfHeapSurvivesAFloodWithBoundedMemory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = classPath + File.pathSeparator + modulePath; // run everything from the class path
        }
        Process child = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        classPath,
                        FloodUnderSmallHeap.class.getName(),
                        "25"))
                .redirectErrorStream(true)
                .start();
        byte[] output;
        try {
            output = child.getInputStream().readAllBytes(); // until the child exits and closes its output
            assertThat(child.waitFor(200, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        String printed = new String(output, StandardCharsets.UTF_8);
        System.out.println("FloodUnderSmallHeapIT child: "
                + printed.lines()
                        .filter(l -> l.startsWith("flood of"))
                        .findFirst()
                        .orElse(""));
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("bounded").doesNotContain("OutOfMemoryError");
    }
}
