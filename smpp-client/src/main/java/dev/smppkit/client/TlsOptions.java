package dev.smppkit.client;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.Objects;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/** TLS for the SMSC connection (many SMSCs offer SMPP over TLS on port 3550 or similar). Immutable. */
public final class TlsOptions {
    private final SslContext context;
    private final boolean verifyHostname;

    private TlsOptions(SslContext context, boolean verifyHostname) {
        this.context = context;
        this.verifyHostname = verifyHostname;
    }

    /**
     * TLS that trusts the JVM's default trust store and checks the SMSC's host name: right for an SMSC with a
     * certificate from a public CA.
     *
     * @return the TLS options
     * @throws IllegalArgumentException if the TLS context cannot be built
     */
    public static TlsOptions system() {
        return of(null);
    }

    /**
     * TLS that trusts the given trust managers (e.g. your SMSC's CA) and checks the host name.
     *
     * @param trust the trust managers to check the SMSC's certificate with; null for the JVM's default trust store
     * @return the TLS options
     * @throws IllegalArgumentException if the TLS context cannot be built ("cannot build a TLS context: ...")
     */
    public static TlsOptions of(TrustManagerFactory trust) {
        try {
            return new TlsOptions(
                    SslContextBuilder.forClient().trustManager(trust).build(), true);
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * TLS from a Netty client context you built (client auth, ciphers, protocols).
     *
     * @param clientContext a client context, e.g. from {@code SslContextBuilder.forClient()}
     * @param verifyHostname whether the SMSC's certificate must match the host name connected to; turn it off only when
     *     the certificate is checked some other way
     * @return the TLS options
     * @throws NullPointerException if clientContext is null
     * @throws IllegalArgumentException if clientContext is a server context
     */
    public static TlsOptions of(SslContext clientContext, boolean verifyHostname) {
        if (!Objects.requireNonNull(clientContext, "clientContext").isClient()) {
            throw new IllegalArgumentException("the SslContext must be a client context");
        }
        return new TlsOptions(clientContext, verifyHostname);
    }

    /**
     * TLS that trusts any certificate and skips the host name check: for tests against a simulator with a self-signed
     * certificate only, as it gives no protection against a man in the middle.
     *
     * @return the TLS options
     */
    public static TlsOptions insecureTrustAll() {
        try {
            return new TlsOptions(
                    SslContextBuilder.forClient()
                            .trustManager(InsecureTrustManagerFactory.INSTANCE)
                            .build(),
                    false);
        } catch (SSLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Netty client context each connection's TLS handler is made from.
     *
     * @return the client context
     */
    public SslContext context() {
        return context;
    }

    /**
     * Whether the SMSC's certificate must match the host name connected to.
     *
     * @return true if the host name is checked (HTTPS-style endpoint identification)
     */
    public boolean verifyHostname() {
        return verifyHostname;
    }

    /** Equal when both use the same context object and the same host name check. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TlsOptions other && context == other.context && verifyHostname == other.verifyHostname;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(context) * 31 + Boolean.hashCode(verifyHostname);
    }

    @Override
    public String toString() {
        return "TlsOptions(verifyHostname=" + verifyHostname + ")";
    }
}
