package dev.smppkit.cli.internal;

import dev.smppkit.cli.bench.LoadProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A one-line progress bar redrawn in place ({@code \r}) a few times a second, for terminals only. Closing it erases
 * the line so that the summary starts clean.
 */
public final class ProgressBar implements AutoCloseable {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final Supplier<LoadProgress> progress;
    private final ScheduledExecutorService timer;
    private int lastLength; // guarded by this
    private boolean closed; // guarded by this

    /** Starts drawing {@code progress} on {@code out} every 250 ms. */
    public ProgressBar(PrintWriter out, Supplier<LoadProgress> progress) {
        this.out = out;
        this.progress = progress;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smpp-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        String line = render(progress.get());
        out.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }

    /** {@code [#########.....................]  31%  31,000/100,000  62,000/s  receipts 30,500}. */
    public static String render(LoadProgress p) {
        double fraction = p.count() == 0 ? 1 : (double) p.done() / p.count();
        int filled = (int) Math.min(BAR, Math.round(fraction * BAR));
        return String.format(
                Locale.ROOT,
                "[%s%s] %3d%%  %,d/%,d  %,d/s  receipts %,d",
                "#".repeat(filled),
                ".".repeat(BAR - filled),
                (int) Math.floor(fraction * 100),
                p.done(),
                p.count(),
                Math.round(p.donePerSec()),
                p.receipts());
    }

    /** Stops drawing and erases the line. */
    @Override
    public synchronized void close() {
        closed = true;
        timer.shutdownNow();
        if (lastLength > 0) {
            out.print('\r' + " ".repeat(lastLength) + '\r');
            out.flush();
        }
    }
}
