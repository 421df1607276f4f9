package dev.smppkit.spring.boot.internal;

import dev.smppkit.micrometer.SmppMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link SmppMetrics} binder, registered as a client listener, when smpp-micrometer is on the class path and a
 * {@link MeterRegistry} bean exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({SmppMetrics.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class SmppMetricsConfiguration {
    /** Created by Spring. */
    public SmppMetricsConfiguration() {}

    /**
     * The meters of the client, in the application's registry.
     *
     * @param registry the application's meter registry
     * @return the binder, which the client calls as a listener
     */
    @Bean
    @ConditionalOnMissingBean
    public SmppMetrics smppMetrics(MeterRegistry registry) {
        return SmppMetrics.of(registry);
    }
}
