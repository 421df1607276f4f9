package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Esme;
import dev.smppkit.client.gateway.SmsGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code smpp} health indicator, when Spring Boot's health module is on the class path. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
public class SmppHealthConfiguration {
    /** Created by Spring. */
    public SmppHealthConfiguration() {}

    /**
     * UP while at least one session is bound, DOWN otherwise; details {@code bound}, {@code configured} and, once an
     * error was seen, {@code lastError} and {@code lastErrorAt}.
     *
     * @param esme the single-account client, when configured
     * @param gateway the gateway, when {@code smppkit.accounts.*} is set (then it is reported instead)
     * @return the indicator, named {@code smpp} by its bean name
     */
    @Bean
    @ConditionalOnMissingBean(name = "smppHealthIndicator")
    public HealthIndicator smppHealthIndicator(ObjectProvider<Esme> esme, ObjectProvider<SmsGateway> gateway) {
        SmsGateway g = gateway.getIfAvailable();
        return g != null ? SmppHealthIndicator.of(g) : SmppHealthIndicator.of(esme.getObject()::health);
    }
}
