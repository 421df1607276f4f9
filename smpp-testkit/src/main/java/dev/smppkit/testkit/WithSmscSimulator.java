package dev.smppkit.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the annotated class (or the annotated test) a fresh {@link SmscSimulator} with default options,
 * as a parameter of type {@code SmscSimulator}. See {@link SmscSimulatorExtension}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SmscSimulatorExtension.class)
public @interface WithSmscSimulator {}
