package dev.smppkit.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * A reading of what this JVM has spent so far: process CPU time and bytes allocated on the heap. Two readings give the
 * cost of what happened between them, e.g. per message of a load run.
 *
 * <p>CPU is the whole process (every thread, JIT and GC included), from {@link ProcessHandle}. Allocation is
 * {@code getTotalThreadAllocatedBytes} of {@code com.sun.management.ThreadMXBean} where the JDK has it (looked up at
 * run time: JDK 21, and recent 17 updates such as 17.0.15; every thread, dead ones included); otherwise it is the sum over the threads alive at the reading, so a thread
 * that dies between two readings takes its allocations with it ({@link #allThreads} says which). A load run's threads
 * (event loops, the caller) live through it, so the loss is small there.
 *
 * @param cpuNanos process CPU time; -1 if the platform does not tell
 * @param allocatedBytes bytes allocated; -1 if the JVM does not count them
 * @param allThreads whether {@code allocatedBytes} counts threads that have died
 */
public record ProcessCost(long cpuNanos, long allocatedBytes, boolean allThreads) {
    private static final Method TOTAL_ALLOCATED = totalAllocatedMethod();

    /** What the process has spent up to now. */
    public static ProcessCost now() {
        long cpu = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos())
                .orElse(-1L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!(threads instanceof com.sun.management.ThreadMXBean sun) || !sun.isThreadAllocatedMemoryEnabled()) {
            return new ProcessCost(cpu, -1, false);
        }
        if (TOTAL_ALLOCATED != null) {
            try {
                return new ProcessCost(cpu, (long) TOTAL_ALLOCATED.invoke(sun), true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall back to the live threads
            }
        }
        long sum = 0;
        for (long bytes : sun.getThreadAllocatedBytes(sun.getAllThreadIds())) {
            if (bytes > 0) { // -1: the thread died meanwhile
                sum += bytes;
            }
        }
        return new ProcessCost(cpu, sum, false);
    }

    /** What was spent from {@code earlier} to this reading; -1 where either reading lacks the figure. */
    public ProcessCost since(ProcessCost earlier) {
        return new ProcessCost(
                cpuNanos < 0 || earlier.cpuNanos < 0 ? -1 : cpuNanos - earlier.cpuNanos,
                allocatedBytes < 0 || earlier.allocatedBytes < 0
                        ? -1
                        : Math.max(0, allocatedBytes - earlier.allocatedBytes),
                allThreads && earlier.allThreads);
    }

    /** {@code getTotalThreadAllocatedBytes()}, or null on a JDK without it. */
    private static Method totalAllocatedMethod() {
        try {
            return com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes");
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether an SMSC simulator of smppkit's testkit runs in this JVM (its event loop threads are named
     * {@code smsc-simulator-*}), so that process CPU and allocation include its share.
     */
    public static boolean simulatorInProcess() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("smsc-simulator"));
    }
}
