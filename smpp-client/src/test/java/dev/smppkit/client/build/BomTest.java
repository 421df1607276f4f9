package dev.smppkit.client.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent (see its POM), so nothing but this test keeps it in step with the build: the same version as
 * the parent, and every published module listed. A module is published unless its POM sets maven.deploy.skip.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");

    @Test
    void listsEveryPublishedModuleAtTheParentsVersion() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("smppkit-bom/pom.xml"));

        assertThat(firstVersion(bom)).isEqualTo(firstVersion(parent));

        List<String> published = new ArrayList<>();
        Matcher modules = MODULE.matcher(parent);
        while (modules.find()) {
            String module = modules.group(1);
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (!module.equals("smppkit-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(module);
            }
        }
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        List<String> listed = new ArrayList<>();
        Matcher artifacts = ARTIFACT.matcher(managed);
        while (artifacts.find()) {
            listed.add(artifacts.group(1));
        }

        assertThat(published)
                .as("published modules")
                .contains("smpp-codec", "smpp-client", "smpp-jdbc", "smpp-jackson", "smpp-testkit");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(published);
    }

    /** The project's own version: the first version element after the artifactId (the parent POM has no parent). */
    private static String firstVersion(String pom) {
        Matcher m = VERSION.matcher(pom);
        assertThat(m.find()).as("a <version> element").isTrue();
        return m.group(1);
    }
}
