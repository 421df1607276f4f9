package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandStatus;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jars: the executable {@code smsc-simulator.jar} runs on its own; the library jar stays clean. */
class StandaloneJarIT {
    private static final Path SHADED = Path.of("target", "smsc-simulator.jar");

    @Test
    void theExecutableJarServesUntilSigterm() throws Exception {
        assertThat(SHADED).exists();
        try (SimulatorProcess smsc = SimulatorProcess.start(
                List.of("-jar", SHADED.toString()), List.of("--port", "0", "--receipt-delay", "20ms"))) {
            int port = smsc.awaitReady();
            try (TestEsme esme =
                    TestEsme.connect("127.0.0.1", port, null).bound(BindType.TRANSCEIVER, "anyone", "anything")) {
                assertThat(esme.call(Pdus.submit("447700900001", "x", RegisteredDelivery.RECEIPT))
                                .commandStatus())
                        .isEqualTo(CommandStatus.ESME_ROK);
                assertThat(esme.await(DeliverSm.class).isDeliveryReceipt()).isTrue();
                assertThat(smsc.terminate()).isIn(0, 143);
                assertThat(smsc.nextLine()).isEqualTo("STOPPED");
                esme.awaitClosed();
            }
            assertThat(smsc.stderr()).contains("listening on").contains("BOUND");
        }
    }

    @Test
    void onlyTheExecutableJarBundlesLoggingAndTheCommandLine() throws Exception {
        try (JarFile shaded = new JarFile(SHADED.toFile())) {
            assertThat(shaded.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.smppkit.testkit.internal.cli.SimulatorMain");
            assertThat(shaded.getEntry("logback.xml")).isNotNull();
            assertThat(shaded.getEntry("ch/qos/logback/classic/Logger.class")).isNotNull();
            assertThat(shaded.getEntry("picocli/CommandLine.class")).isNotNull();
            assertThat(shaded.getEntry("org/junit/jupiter/api/Test.class")).isNull();
        }
        Path library;
        try (var files = Files.list(Path.of("target"))) {
            library = files.filter(p -> p.getFileName().toString().matches("smpp-testkit-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
        try (JarFile jar = new JarFile(library.toFile())) {
            assertThat(jar.getEntry("logback.xml")).isNull();
            assertThat(jar.stream()
                            .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                            .map(e -> e.getName()))
                    .allMatch(name -> name.startsWith("dev/smppkit/testkit/") || name.equals("module-info.class"));
        }
    }
}
