package dev.smppkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.cli.bench.LoadProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void rendersTheBar() {
        String line = ProgressBar.render(new LoadProgress(100_000, 50_000, 31_000, 30_500, 500_000_000L));

        assertThat(line).isEqualTo("[#########.....................]  31%  31,000/100,000  62,000/s  receipts 30,500");
    }

    @Test
    void drawsInPlaceAndErasesItselfWhenClosed() throws InterruptedException {
        StringWriter out = new StringWriter();
        try (ProgressBar bar =
                new ProgressBar(new PrintWriter(out), () -> new LoadProgress(10, 10, 10, 0, 1_000_000_000L))) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!out.toString().contains("100%") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        String drawn = out.toString();
        assertThat(drawn)
                .startsWith("\r[##############################] 100%  10/10  10/s")
                .endsWith("\r");
        assertThat(drawn).doesNotContain("\n");
    }
}
