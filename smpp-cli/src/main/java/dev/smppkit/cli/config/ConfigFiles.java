package dev.smppkit.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a configuration file into flat {@code key=value} pairs: Java properties, or YAML ({@code .yaml}/{@code .yml})
 * whose nested maps become dotted keys and whose lists become comma-separated values, as Spring Boot reads them.
 */
final class ConfigFiles {
    private ConfigFiles() {}

    static Map<String, String> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(in, file) : properties(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static Map<String, String> properties(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, String> flat = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> flat.put(k, p.getProperty(k)));
        return flat;
    }

    private static Map<String, String> yaml(Reader in, Path file) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            // the first line says what and where; the rest repeats the source with a caret
            throw new ConfigException(file + ": not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, String> flat = new TreeMap<>();
        if (root instanceof Map<?, ?> map) {
            flatten("", map, flat);
        } else if (root != null) {
            throw new ConfigException(file + ": not a YAML map of keys");
        }
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> flat) {
        map.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, flat);
            } else if (v instanceof List<?> list) {
                flat.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else {
                flat.put(key, v == null ? "" : String.valueOf(v));
            }
        });
    }
}
