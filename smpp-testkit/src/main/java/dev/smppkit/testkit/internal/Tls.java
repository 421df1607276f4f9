package dev.smppkit.testkit.internal;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The TLS option: a self-signed EC certificate for {@code localhost} and 127.0.0.1, made once per simulator (it
 * survives restarts, so a client that trusts it keeps trusting it). The client context, used when the SMSC connects
 * out to outbind, trusts any certificate: the ESME's is unknown and this is a test tool.
 */
final class Tls {
    private final X509Bundle bundle;
    private final SslContext server;
    private final SslContext client;

    private Tls(X509Bundle bundle, SslContext server, SslContext client) {
        this.bundle = bundle;
        this.server = server;
        this.client = client;
    }

    /** The dependency that makes the certificate; optional, so a user who turns TLS on may have to add it. */
    static final String PKI_DEPENDENCY = "io.netty:netty-pkitesting";

    static Tls create() {
        requireCertificateBuilder(Tls::classPresent);
        try {
            Instant now = Instant.now();
            X509Bundle bundle = new CertificateBuilder()
                    .subject("CN=localhost, O=smppkit SMSC simulator")
                    .addSanDnsName("localhost")
                    .addSanIpAddress("127.0.0.1")
                    .notBefore(now.minus(Duration.ofDays(1)))
                    .notAfter(now.plus(Duration.ofDays(3650)))
                    .setIsCertificateAuthority(true)
                    .ecp256()
                    .buildSelfSigned();
            SslContext server = SslContextBuilder.forServer(bundle.getKeyPair().getPrivate(), bundle.getCertificate())
                    .build();
            SslContext client = SslContextBuilder.forClient()
                    .trustManager(InsecureTrustManagerFactory.INSTANCE)
                    .build();
            return new Tls(bundle, server, client);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up TLS with a self-signed certificate", e);
        }
    }

    /**
     * Fails with a message naming the dependency to add when the certificate builder is not on the class path, rather
     * than a NoClassDefFoundError from deep inside start().
     */
    static void requireCertificateBuilder(Predicate<String> classPresent) {
        if (!classPresent.test("io.netty.pkitesting.CertificateBuilder")) {
            throw new IllegalStateException("the simulator's TLS mode needs " + PKI_DEPENDENCY
                    + " (at the version of Netty you use, e.g. from io.netty:netty-bom) on the class path to make its"
                    + " self-signed certificate; add it as a test dependency, or turn TLS off");
        }
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, Tls.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    SslContext server() {
        return server;
    }

    SslContext client() {
        return client;
    }

    X509Certificate certificate() {
        return bundle.getCertificate();
    }
}
