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
 * The flood of {@link FloodingPeerIT} against a client in a child JVM whose heap is capped at 256 MiB, until the
 * client turns its reading off (on a busy 2-core machine it needs 10-15 s or more to fill the loopback socket buffers,
 * about 5 MiB of answers, before back-pressure has to act) and 10 s beyond. Before back-pressure this grew the client without limit.
 */
@Timeout(330)
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
                        "10"))
                .redirectErrorStream(true)
                .start();
        byte[] output;
        try {
            output = child.getInputStream().readAllBytes(); // until the child exits and closes its output
            assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
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
