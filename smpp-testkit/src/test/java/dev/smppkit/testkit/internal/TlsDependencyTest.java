package dev.smppkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** netty-pkitesting (and Bouncy Castle) is optional: TLS without it fails with an error that says what to add. */
class TlsDependencyTest {

    @Test
    void tlsWithoutTheCertificateBuilderNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> Tls.requireCertificateBuilder(name -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.netty:netty-pkitesting")
                .hasMessageContaining("turn TLS off");
    }

    @Test
    void theTestClassPathHasIt() {
        assertThatCode(() ->
                        Tls.requireCertificateBuilder(name -> name.equals("io.netty.pkitesting.CertificateBuilder")))
                .doesNotThrowAnyException();
        assertThatCode(Tls::create).doesNotThrowAnyException();
    }
}
