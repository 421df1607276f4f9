package dev.smppkit.spring.boot;

import dev.smppkit.client.Broker;
import dev.smppkit.client.ClientListener;
import dev.smppkit.client.Correlator;
import dev.smppkit.client.Esme;
import dev.smppkit.client.Hook;
import dev.smppkit.client.gateway.SmsGateway;
import dev.smppkit.spring.boot.internal.ClientLifecycle;
import dev.smppkit.spring.boot.internal.EsmeFactory;
import dev.smppkit.spring.boot.internal.GatewayFactory;
import dev.smppkit.spring.boot.internal.OnAccountsCondition;
import dev.smppkit.spring.boot.internal.SmppHealthConfiguration;
import dev.smppkit.spring.boot.internal.SmppJdbcConfiguration;
import dev.smppkit.spring.boot.internal.SmppMetricsConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Auto-configures an {@link Esme} from the {@link SmppProperties smppkit.*} properties (or an {@link SmsGateway}
 * when {@code smppkit.accounts.*} names accounts), with the application's
 * {@link Hook}, {@link Broker}, {@link Correlator} and {@link ClientListener} beans when it defines them, and starts it
 * with the context and stops it gracefully on shutdown. The JDBC broker, the Micrometer binder and the health
 * indicator come from the imported configurations, each only when its library is on the class path.
 *
 * <p>Ordered after the data source and meter registry auto-configurations, so that their beans are seen.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnBooleanProperty(name = "smppkit.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SmppProperties.class)
@Import({SmppJdbcConfiguration.class, SmppMetricsConfiguration.class, SmppHealthConfiguration.class})
public class SmppAutoConfiguration {
    /** Created by Spring. */
    public SmppAutoConfiguration() {}

    /**
     * The client, not started: {@link #smppLifecycle} starts it with the context.
     *
     * @param properties the {@code smppkit.*} properties
     * @param hook the application's hook, if it defines one
     * @param broker the application's (or the JDBC) broker, if any; else the client's in-memory broker
     * @param correlator the application's (or the JDBC) correlator, if any; else the in-memory one
     * @param listeners every {@link ClientListener} bean (e.g. the Micrometer binder), in order
     * @return the client
     * @throws IllegalArgumentException if a property is out of range (the message names it)
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean({Esme.class, SmsGateway.class})
    @Conditional(OnAccountsCondition.Single.class)
    public Esme smppEsme(
            SmppProperties properties,
            ObjectProvider<Hook> hook,
            ObjectProvider<Broker> broker,
            ObjectProvider<Correlator> correlator,
            ObjectProvider<ClientListener> listeners) {
        // destroyMethod "": the lifecycle stops the client in the shutdown phase, before beans are destroyed
        return EsmeFactory.create(
                properties,
                hook.getIfAvailable(),
                broker.getIfAvailable(),
                correlator.getIfAvailable(),
                listeners.orderedStream().toList());
    }

    /**
     * The gateway over {@code smppkit.accounts.*} with {@code smppkit.routes.*}, when at least one account is named
     * there; not started: {@link #smppLifecycle} starts it with the context.
     *
     * @param properties the {@code smppkit.*} properties
     * @param hook the application's hook, if it defines one
     * @param broker the application's (or the JDBC) broker, if any; else the gateway's in-memory broker
     * @param correlator the application's (or the JDBC) correlator, if any; else the in-memory one
     * @param listeners every {@link ClientListener} bean (e.g. the Micrometer binder), in order
     * @return the gateway
     * @throws IllegalArgumentException if a property is out of range or a route names an unknown account
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean({Esme.class, SmsGateway.class})
    @Conditional(OnAccountsCondition.class)
    public SmsGateway smppGateway(
            SmppProperties properties,
            ObjectProvider<Hook> hook,
            ObjectProvider<Broker> broker,
            ObjectProvider<Correlator> correlator,
            ObjectProvider<ClientListener> listeners) {
        return GatewayFactory.create(
                properties,
                hook.getIfAvailable(),
                broker.getIfAvailable(),
                correlator.getIfAvailable(),
                listeners.orderedStream().toList());
    }

    /**
     * Starts the client when the context starts and stops it gracefully, within {@code smppkit.shutdown-timeout},
     * when the context stops or closes.
     *
     * @param esme the single-account client, if configured
     * @param gateway the gateway, if configured (then it is the one started)
     * @param properties the {@code smppkit.*} properties
     * @return the lifecycle bean
     */
    @Bean
    @ConditionalOnMissingBean(name = "smppLifecycle")
    public ClientLifecycle smppLifecycle(
            ObjectProvider<Esme> esme, ObjectProvider<SmsGateway> gateway, SmppProperties properties) {
        SmsGateway g = gateway.getIfAvailable();
        if (g != null) {
            return new ClientLifecycle(g::start, g::stop, properties.getShutdownTimeout());
        }
        Esme e = esme.getObject();
        return new ClientLifecycle(e::start, e::stop, properties.getShutdownTimeout());
    }
}
