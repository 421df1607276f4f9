package dev.smppkit.testkit.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine;

/** Reading a secret from a file; errors name the option and the file, never what it holds. */
public final class Secrets {
    private Secrets() {}

    /** The file's first line, without its line break; empty if the file is. */
    public static String firstLine(Path file, String option, Function<String, CommandLine.ParameterException> usage) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw usage.apply(option + ": no such file: " + file);
        } catch (IOException e) {
            throw usage.apply(
                    option + ": cannot read " + file + ": " + e.getClass().getSimpleName());
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }
}
