package dev.smppkit.spring.boot.internal;

import dev.smppkit.client.Broker;
import dev.smppkit.client.Correlator;
import dev.smppkit.jdbc.JdbcBroker;
import dev.smppkit.jdbc.JdbcCorrelator;
import dev.smppkit.spring.boot.SmppProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent {@link JdbcBroker} and {@link JdbcCorrelator} on the application's {@link DataSource}, when
 * smpp-jdbc is on the class path, a data source bean exists and {@code smppkit.jdbc.enabled=true}. An application
 * {@link Broker} or {@link Correlator} bean takes precedence.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcBroker.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty("smppkit.jdbc.enabled")
public class SmppJdbcConfiguration {
    /** Created by Spring. */
    public SmppJdbcConfiguration() {}

    /**
     * The outbox on the data source; closed with the context (after the client has stopped).
     *
     * @param dataSource the application's data source
     * @param properties the {@code smppkit.*} properties
     * @return the broker, its table created first if {@code smppkit.jdbc.initialize-schema} is on
     */
    @Bean
    @ConditionalOnMissingBean(Broker.class)
    public JdbcBroker smppJdbcBroker(DataSource dataSource, SmppProperties properties) {
        JdbcBroker broker = JdbcBroker.builder(dataSource).build();
        if (properties.getJdbc().isInitializeSchema()) {
            broker.initializeSchema();
        }
        return broker;
    }

    /**
     * The receipt correlation table on the data source.
     *
     * @param dataSource the application's data source
     * @param properties the {@code smppkit.*} properties
     * @return the correlator, its table created first if {@code smppkit.jdbc.initialize-schema} is on
     */
    @Bean
    @ConditionalOnMissingBean(Correlator.class)
    public JdbcCorrelator smppJdbcCorrelator(DataSource dataSource, SmppProperties properties) {
        JdbcCorrelator correlator = JdbcCorrelator.builder(dataSource).build();
        if (properties.getJdbc().isInitializeSchema()) {
            correlator.initializeSchema();
        }
        return correlator;
    }
}
