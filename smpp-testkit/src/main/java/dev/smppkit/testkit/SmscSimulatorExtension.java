package dev.smppkit.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a fresh, started {@link SmscSimulator} for each test, closed after it. The test fails if the simulator
 * recorded unexpected server-side errors (see {@link SmscSimulator#errors()}), e.g. a handler that threw.
 *
 * <pre>{@code
 * @RegisterExtension
 * final SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.credential("esme", "secret"));
 *
 * @Test
 * void sends() {
 *     client.connect(smsc.host(), smsc.port());
 *     ...
 * }
 * }</pre>
 *
 * <p>Or with defaults, by annotation, the simulator as a parameter of the test (or of a {@code @BeforeEach} method):
 * {@code @WithSmscSimulator class MyTest { @Test void t(SmscSimulator smsc) {...} }}.
 *
 * <p>{@link #simulator()} belongs to the test the extension instance serves: register it in an instance field (the
 * default lifecycle gives each test its own) when tests run in parallel; parameters are always per test.
 */
public final class SmscSimulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SmscSimulatorExtension.class);
    private static final String KEY = "simulator";

    private final Consumer<SmscSimulatorBuilder> configuration;
    private final boolean failOnErrors;
    // set for the duration of a test; read by the test's thread
    private volatile SmscSimulator current;

    /** Default simulators; the constructor {@code @ExtendWith} and {@link WithSmscSimulator} use. */
    public SmscSimulatorExtension() {
        this(builder -> {}, true);
    }

    private SmscSimulatorExtension(Consumer<SmscSimulatorBuilder> configuration, boolean failOnErrors) {
        this.configuration = configuration;
        this.failOnErrors = failOnErrors;
    }

    /**
     * An extension giving each test a simulator with default options.
     *
     * @return a new extension
     */
    public static SmscSimulatorExtension create() {
        return new SmscSimulatorExtension();
    }

    /**
     * An extension giving each test a simulator configured by {@code configuration}.
     *
     * @param configuration sets the builder's options before each test's simulator starts; not null
     * @return a new extension
     */
    public static SmscSimulatorExtension create(Consumer<SmscSimulatorBuilder> configuration) {
        return new SmscSimulatorExtension(Objects.requireNonNull(configuration, "configuration"), true);
    }

    /**
     * This extension, but tests do not fail on server-side errors (for tests that provoke them on purpose).
     *
     * @return a new extension with the same configuration
     */
    public SmscSimulatorExtension ignoringServerErrors() {
        return new SmscSimulatorExtension(configuration, false);
    }

    /**
     * The current test's simulator.
     *
     * @return the simulator started for the running test
     * @throws IllegalStateException outside a test
     */
    public SmscSimulator simulator() {
        SmscSimulator s = current;
        if (s == null) {
            throw new IllegalStateException("the SMSC simulator exists only while a test runs");
        }
        return s;
    }

    /**
     * The current simulator's host.
     *
     * @return the address it listens on
     */
    public String host() {
        return simulator().host();
    }

    /**
     * The current simulator's port.
     *
     * @return the TCP port it listens on
     */
    public int port() {
        return simulator().port();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SmscSimulatorBuilder builder = SmscSimulator.builder();
        configuration.accept(builder);
        SmscSimulator simulator = builder.start();
        current = simulator;
        // closed by JUnit as an AutoCloseable even if afterEach never runs
        context.getStore(NAMESPACE).put(KEY, simulator);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SmscSimulator simulator = context.getStore(NAMESPACE).remove(KEY, SmscSimulator.class);
        current = null;
        if (simulator == null) {
            return;
        }
        List<Throwable> errors = simulator.errors();
        simulator.close();
        if (failOnErrors && !errors.isEmpty()) {
            AssertionError failure = new AssertionError("the SMSC simulator recorded " + errors.size()
                    + " server-side error(s); the first: " + errors.get(0));
            errors.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SmscSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SmscSimulator simulator = context.getStore(NAMESPACE).get(KEY, SmscSimulator.class);
        return simulator != null ? simulator : simulator();
    }
}
