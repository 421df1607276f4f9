package dev.smppkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The configuration processor's metadata (IDE completion) has every single-account property the README's table lists,
 * so the table cannot name a key that does not bind.
 */
class ConfigurationMetadataTest {
    private static final Pattern README_ROW = Pattern.compile("(?m)^\\| `(smppkit\\.[a-z.-]+)` \\|");

    @Test
    void everyPropertyInTheReadmeTableIsInTheMetadata() throws IOException {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json").isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> keys = new ArrayList<>();
        Matcher m = README_ROW.matcher(readme);
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertThat(keys).contains("smppkit.system-id", "smppkit.shutdown-timeout", "smppkit.jdbc.enabled");
        for (String key : keys) {
            assertThat(metadata).as(key).contains("\"name\": \"" + key + "\"");
        }
        assertThat(metadata).contains("\"name\": \"smppkit.accounts\"", "\"name\": \"smppkit.routes\"");
    }
}
