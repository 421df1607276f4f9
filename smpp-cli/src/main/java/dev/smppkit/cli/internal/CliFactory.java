package dev.smppkit.cli.internal;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes commands and mixins for picocli, handing the {@link CliEnvironment} to those whose constructor takes it.
 */
public final class CliFactory implements CommandLine.IFactory {
    private final CliEnvironment environment;

    public CliFactory(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> c = cls.getDeclaredConstructor(CliEnvironment.class);
            c.setAccessible(true);
            return c.newInstance(environment);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
