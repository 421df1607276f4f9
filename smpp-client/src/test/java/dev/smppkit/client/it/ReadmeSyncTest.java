package dev.smppkit.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md shows the marked regions of the example tests exactly, so every sample there compiles and runs.
 * {@code scripts/readme-examples.py} copies them into the README after a change.
 */
class ReadmeSyncTest {
    /** The example tests, from smpp-client's directory; the JDBC one lives with the module it shows. */
    private static final Path[] EXAMPLES = {
        Path.of("src/test/java/dev/smppkit/client/it/ReadmeExamplesIT.java"),
        Path.of("../smpp-jdbc/src/test/java/dev/smppkit/jdbc/ReadmeJdbcExampleIT.java")
    };

    private static final Pattern REGION =
            Pattern.compile("(?m)^([ \\t]*)// README:begin (\\S+)\\n(.*?)^[ \\t]*// README:end", Pattern.DOTALL);

    /** The marked regions of a source file, by name, with their common indentation removed. */
    static Map<String, String> regions(Path source) throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION.matcher(Files.readString(source));
        while (m.find()) {
            String indent = m.group(1);
            StringBuilder body = new StringBuilder();
            for (String line : m.group(3).split("\\n", -1)) {
                body.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                        .append('\n');
            }
            regions.put(m.group(2), body.toString().stripTrailing());
        }
        return regions;
    }

    @Test
    void readmeShowsTheExamplesAsTheyAreTested() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Map<String, String> found = new LinkedHashMap<>();
        for (Path examples : EXAMPLES) {
            Map<String, String> regions = regions(examples);
            regions.forEach((name, code) -> assertThat(readme)
                    .as("README.md must contain the '%s' example of %s verbatim", name, examples)
                    .contains(code));
            found.putAll(regions);
        }
        assertThat(found).containsKeys("embedding", "junit", "jdbc", "options");
    }
}
