package dev.smppkit.cli.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The logging of the {@code smpp} command, set up in code (found by logback through {@code META-INF/services}) rather
 * than from a {@code logback.xml}: reading XML costs a fresh JVM some 600 classes and a few hundred milliseconds of
 * CPU before the first bind. To stderr, so that stdout carries only the command's output; errors only by default,
 * since every failure a user must see is already a one-line message; {@code SMPP_LOG_LEVEL=warn}, {@code info} or
 * {@code debug} shows more. A {@code -Dlogback.configurationFile=...} still wins: this configurator then steps aside.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {
    /** The variable that sets the root level. */
    public static final String LEVEL_VARIABLE = "SMPP_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv(LEVEL_VARIABLE), Level.ERROR));
        root.addAppender(stderr);
        context.getLogger("io.netty").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
