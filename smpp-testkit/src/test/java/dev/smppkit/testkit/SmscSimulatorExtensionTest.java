package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.pdu.BindResp;
import dev.smppkit.codec.pdu.BindType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class SmscSimulatorExtensionTest {
    @RegisterExtension
    final SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.systemId("EXT"));

    @Test
    void givesTheTestAStartedSimulatorAndItsAddress() {
        assertThat(smsc.simulator().isRunning()).isTrue();
        assertThat(smsc.simulator().sessions()).isEmpty();
        try (TestEsme esme = TestEsme.connect(smsc.host(), smsc.port(), null)) {
            BindResp resp = esme.bind(BindType.TRANSMITTER, "esme", "");
            assertThat(resp.systemId()).contains("EXT");
        }
    }

    @Test
    void annotatedTestsGetTheSimulatorAsAParameterAndItIsClosedAfter() {
        Events tests = run(Annotated.class);
        tests.assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(Annotated.seen.isRunning()).isFalse();
    }

    @Test
    void failsATestThatLeavesServerSideErrors() {
        run(Throwing.class)
                .assertStatistics(s -> s.failed(1))
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(AssertionError.class), message(m -> m.contains("server-side error")))));
    }

    @Test
    void canIgnoreServerSideErrors() {
        run(ThrowingIgnored.class).assertStatistics(s -> s.succeeded(1).failed(0));
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
    }

    // The classes below run only through EngineTestKit: Surefire skips nested classes.

    @WithSmscSimulator
    static class Annotated {
        static volatile SmscSimulator seen;

        @Test
        void test(SmscSimulator simulator) {
            seen = simulator;
            assertThat(simulator.isRunning()).isTrue();
        }
    }

    static class Throwing {
        @RegisterExtension
        final SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.onSubmitSm(sm -> {
            throw new IllegalStateException("handler bug");
        }));

        @Test
        void test() {
            try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
                assertThat(esme.call(Pdus.submit("447700900001")).commandStatus())
                        .isEqualTo(CommandStatus.ESME_RSYSERR);
            }
        }
    }

    static class ThrowingIgnored {
        @RegisterExtension
        final SmscSimulatorExtension smsc = SmscSimulatorExtension.create(b -> b.onSubmitSm(sm -> {
                    throw new IllegalStateException("handler bug");
                }))
                .ignoringServerErrors();

        @Test
        void test() {
            try (TestEsme esme = TestEsme.connect(smsc.simulator()).bound(BindType.TRANSMITTER, "esme", "")) {
                esme.call(Pdus.submit("447700900001"));
            }
        }
    }
}
