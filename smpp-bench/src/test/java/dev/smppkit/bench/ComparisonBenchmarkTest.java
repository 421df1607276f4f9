package dev.smppkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ComparisonBenchmarkTest {
    @Test
    void eachRoundStartsWithTheNextClientSoThatNoneAlwaysRunsFirst() {
        List<String> clients = List.of("smppkit", "cloudhopper", "jsmpp");

        assertThat(ComparisonBenchmark.rotated(clients, 0)).containsExactly("smppkit", "cloudhopper", "jsmpp");
        assertThat(ComparisonBenchmark.rotated(clients, 1)).containsExactly("cloudhopper", "jsmpp", "smppkit");
        assertThat(ComparisonBenchmark.rotated(clients, 2)).containsExactly("jsmpp", "smppkit", "cloudhopper");
        assertThat(ComparisonBenchmark.rotated(clients, 3)).containsExactly("smppkit", "cloudhopper", "jsmpp");
    }

    @Test
    void aTextThatJsmppWouldSendAsOtherBytesIsRefusedBeforeAnythingStarts() {
        ComparisonBenchmark bench = new ComparisonBenchmark();
        new CommandLine(bench).parseArgs("--text", "Pay $5 to bob@example", "--simulator-jar", "/nonexistent.jar");

        assertThatThrownBy(bench::compare)
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("text must be 1-160 letters");
    }
}
