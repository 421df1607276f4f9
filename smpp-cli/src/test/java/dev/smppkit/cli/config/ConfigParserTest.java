package dev.smppkit.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.gateway.SmsGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigParserTest {
    private static final Map<String, String> ENV = Map.of("PRIMARY_PW", "s3cret");

    @TempDir
    Path dir;

    @Test
    void readsAValidFile() throws IOException {
        Path file = write("gateway.properties", """
                # two accounts, a UK route and a default route
                smppkit.accounts.primary.hosts=smsc1.example.com:2775, smsc2.example.com:2776
                smppkit.accounts.primary.system-id=acme
                smppkit.accounts.primary.password-env=PRIMARY_PW
                smppkit.accounts.primary.sessions=4
                smppkit.accounts.primary.window=50
                smppkit.accounts.primary.max-tps=200
                smppkit.accounts.backup.host=hub.example.net
                smppkit.accounts.backup.port=2777
                smppkit.accounts.backup.system-id=acme2
                smppkit.accounts.backup.password=pw2
                smppkit.routes.uk.prefixes=44,+353
                smppkit.routes.uk.accounts=primary, backup
                smppkit.routes.rest.prefixes=
                smppkit.routes.rest.accounts=backup,primary
                smppkit.in-flight-policy=release
                """);

        GatewayConfig c = ConfigParser.parse(file, ENV::get);

        assertThat(c.accounts()).hasSize(2);
        GatewayConfig.Account backup = c.accounts().get(0); // sorted by name
        assertThat(backup)
                .isEqualTo(new GatewayConfig.Account(
                        "backup", List.of(SmscAddress.of("hub.example.net", 2777)), "acme2", "pw2", 1, 100, 0));
        GatewayConfig.Account primary = c.accounts().get(1);
        assertThat(primary.hosts())
                .containsExactly(SmscAddress.of("smsc1.example.com", 2775), SmscAddress.of("smsc2.example.com", 2776));
        assertThat(primary.password()).isEqualTo("s3cret");
        assertThat(primary.toString()).doesNotContain("s3cret").contains("****");
        assertThat(primary.sessions()).isEqualTo(4);
        assertThat(primary.window()).isEqualTo(50);
        assertThat(primary.maxTps()).isEqualTo(200);
        assertThat(c.routes())
                .containsExactly(
                        new GatewayConfig.RouteSpec("rest", List.of(), List.of("backup", "primary")),
                        new GatewayConfig.RouteSpec("uk", List.of("44", "353"), List.of("primary", "backup")));
        assertThat(c.inFlightPolicy()).isEqualTo(InFlightPolicy.RELEASE);
        assertThat(c.sessions()).isEqualTo(5);
    }

    @Test
    void buildsAGatewayWithTheRoutes() {
        GatewayConfig c = parse(Map.of(
                "smppkit.accounts.a.host", "127.0.0.1",
                "smppkit.accounts.a.system-id", "a",
                "smppkit.accounts.b.host", "127.0.0.1",
                "smppkit.accounts.b.system-id", "b",
                "smppkit.routes.uk.prefixes", "44",
                "smppkit.routes.uk.accounts", "b,a",
                "smppkit.routes.other.accounts", "a"));

        try (SmsGateway gateway =
                c.toBuilder(UnaryOperator.identity()).ioThreads(1).build()) {
            assertThat(gateway.accounts()).containsExactly("a", "b");
            assertThat(gateway.routes())
                    .extracting(r -> r.name() + r.prefixes() + r.accounts())
                    .containsExactlyInAnyOrder("uk[44][b, a]", "other[][a]");
        }
    }

    @Test
    void correlationScopeSeparatesAccountsWithOneSystemIdAtTwoSmscs() {
        GatewayConfig c = parse(Map.of(
                "smppkit.accounts.a.host", "smsc-a",
                "smppkit.accounts.a.system-id", "acme",
                "smppkit.accounts.b.host", "smsc-b",
                "smppkit.accounts.b.system-id", "acme",
                "smppkit.accounts.b.correlation-scope", "acme@b"));
        try (SmsGateway gateway =
                c.toBuilder(UnaryOperator.identity()).ioThreads(1).build()) {
            assertThat(gateway.account("b").options().correlationScope()).isEqualTo("acme@b");
            assertThat(gateway.account("a").options().correlationScope()).isEqualTo("acme");
        }
    }

    @Test
    void relaxedNamesAreTheSameKeys() {
        GatewayConfig c = parse(Map.of(
                "smppkit.accounts.a.host", "127.0.0.1",
                "smppkit.accounts.a.systemId", "a1",
                "smppkit.accounts.a.MAX_TPS", "10",
                "smppkit.accounts.a.passwordEnv", "PRIMARY_PW",
                "smppkit.accounts.b.host", "127.0.0.1",
                "smppkit.accounts.b.system_id", "b1",
                "smppkit.accounts.b.maxTps", "5",
                "smppkit.inFlightPolicy", "FAIL"));

        assertThat(c.accounts())
                .extracting(GatewayConfig.Account::systemId, GatewayConfig.Account::maxTps)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a1", 10.0),
                        org.assertj.core.groups.Tuple.tuple("b1", 5.0));
        assertThat(c.accounts().get(0).password()).isEqualTo("s3cret");
        assertThat(c.inFlightPolicy()).isEqualTo(InFlightPolicy.FAIL);
    }

    @Test
    void readsYaml() throws IOException {
        Path file = write("gateway.yaml", """
                smppkit:
                  accounts:
                    primary:
                      host: 127.0.0.1
                      port: 2775
                      system-id: acme
                      password-env: PRIMARY_PW
                  routes:
                    uk:
                      prefixes: [44, 33]
                      accounts: [primary]
                  in-flight-policy: release
                """);

        GatewayConfig c = ConfigParser.parse(file, ENV::get);

        assertThat(c.accounts().get(0).password()).isEqualTo("s3cret");
        assertThat(c.routes().get(0).prefixes()).containsExactly("44", "33");
        assertThat(c.inFlightPolicy()).isEqualTo(InFlightPolicy.RELEASE);
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestKnownOne() {
        assertError(with("smppkit.accounts.a.sytem-id", "x"))
                .isEqualTo("test.properties: smppkit.accounts.a.sytem-id: unknown key; did you mean"
                        + " 'smppkit.accounts.a.system-id'?");
        assertError(with("smppkit.acounts.b.host", "x"))
                .isEqualTo("test.properties: smppkit.acounts.b.host: unknown key; did you mean 'smppkit.accounts...'?");
        assertError(with("smppkit.routes.r.acounts", "a"))
                .isEqualTo("test.properties: smppkit.routes.r.acounts: unknown key; did you mean"
                        + " 'smppkit.routes.r.accounts'?");
        assertError(with("smppkit.accounts.a.colour", "blue"))
                .isEqualTo("test.properties: smppkit.accounts.a.colour: unknown key");
        assertError(with("server.port", "8080"))
                .isEqualTo("test.properties: server.port: unknown key; every key starts with 'smppkit.'");
    }

    @Test
    void aMissingSystemIdIsNamed() {
        Map<String, String> p = valid();
        p.remove("smppkit.accounts.a.system-id");
        assertError(p).isEqualTo("test.properties: smppkit.accounts.a.system-id is missing");
    }

    @Test
    void aMissingHostIsNamed() {
        Map<String, String> p = valid();
        p.remove("smppkit.accounts.a.host");
        assertError(p).isEqualTo("test.properties: smppkit.accounts.a.host (or .hosts) is missing");
    }

    @Test
    void aBadPortIsNamed() {
        assertError(with("smppkit.accounts.a.port", "27x5"))
                .isEqualTo("test.properties: smppkit.accounts.a.port: '27x5' is not a port; must be 1-65535");
        assertError(with("smppkit.accounts.a.port", "70000"))
                .isEqualTo("test.properties: smppkit.accounts.a.port: '70000' is not a port; must be 1-65535");
        Map<String, String> p = with("smppkit.accounts.a.hosts", "h1:1,h2:0");
        p.remove("smppkit.accounts.a.host");
        assertError(p)
                .isEqualTo("test.properties: smppkit.accounts.a.hosts: SMSC address 'h2:0' has port 0; must be"
                        + " 1-65535");
    }

    @Test
    void hostsExcludeHostAndPort() {
        assertError(with("smppkit.accounts.a.hosts", "h1:1,h2:2"))
                .isEqualTo("test.properties: smppkit.accounts.a.hosts: set with host or port; use either"
                        + " hosts=h1:p1,h2:p2 or host and port");
    }

    @Test
    void outOfRangeNumbersAreNamed() {
        assertError(with("smppkit.accounts.a.sessions", "0"))
                .isEqualTo("test.properties: smppkit.accounts.a.sessions: '0'; must be a number, 1-64");
        assertError(with("smppkit.accounts.a.window", "lots"))
                .isEqualTo("test.properties: smppkit.accounts.a.window: 'lots'; must be a number, 1-100000");
        assertError(with("smppkit.accounts.a.max-tps", "-1"))
                .isEqualTo(
                        "test.properties: smppkit.accounts.a.max-tps: '-1'; must be a number, 0 (unlimited) or more");
        // a trailing comment is part of a properties value
        assertError(with("smppkit.accounts.a.max-tps", "0   # 0 = unlimited"))
                .isEqualTo("test.properties: smppkit.accounts.a.max-tps: '0   # 0 = unlimited'; must be a number, 0"
                        + " (unlimited) or more");
    }

    @Test
    void aRouteNamingAnUnknownAccountIsNamed() {
        assertError(with("smppkit.routes.uk.accounts", "a,bb"))
                .isEqualTo("test.properties: smppkit.routes.uk.accounts: unknown account 'bb'; did you mean 'b'?;"
                        + " the accounts are a, b");
        Map<String, String> p = with("smppkit.routes.uk.prefixes", "44");
        assertError(p).isEqualTo("test.properties: smppkit.routes.uk.accounts is missing; list the route's accounts");
    }

    @Test
    void routesAreChecked() {
        Map<String, String> p = with("smppkit.routes.uk.accounts", "a");
        p.put("smppkit.routes.uk.prefixes", "44x");
        assertError(p)
                .isEqualTo("test.properties: smppkit.routes.uk.prefixes: prefix of route 'uk' must be 1 to 20 digits,"
                        + " was '44x'");
        p.put("smppkit.routes.uk.prefixes", "44");
        p.put("smppkit.routes.gb.accounts", "b");
        p.put("smppkit.routes.gb.prefixes", "44");
        assertError(p).isEqualTo("test.properties: smppkit.routes.uk.prefixes: prefix 44 is also in route 'gb'");
        p.remove("smppkit.routes.gb.prefixes");
        p.put("smppkit.routes.other.accounts", "a");
        assertError(p)
                .isEqualTo("test.properties: smppkit.routes.other.prefixes: empty, so this is the default route, but"
                        + " route 'gb' is already the default; give one of them prefixes");
        assertError(with("smppkit.routes.r.accounts", "a,a"))
                .isEqualTo("test.properties: smppkit.routes.r.accounts: account 'a' is listed twice in route 'r'");
    }

    @Test
    void passwordEnvMustNameASetVariable() {
        assertError(with("smppkit.accounts.a.password-env", "NOPE"))
                .isEqualTo("test.properties: smppkit.accounts.a.password-env: environment variable NOPE is not set");
        Map<String, String> both = with("smppkit.accounts.a.password-env", "PRIMARY_PW");
        both.put("smppkit.accounts.a.password", "pw");
        assertError(both)
                .isEqualTo("test.properties: smppkit.accounts.a.password-env: set with password; use one of them");
    }

    @Test
    void aPasswordNeverShows() {
        String message = assertError(with("smppkit.accounts.a.password", "muchtoolong"))
                .startsWith("test.properties: smppkit.accounts.a.password: ")
                .actual();
        assertThat(message).doesNotContain("muchtoolong");
        Map<String, String> env = Map.of("PW", "alsotoolong");
        assertThatThrownBy(() ->
                        ConfigParser.parse(with("smppkit.accounts.a.password-env", "PW"), "test.properties", env::get))
                .hasMessageStartingWith("test.properties: smppkit.accounts.a.password-env: ")
                .hasMessageNotContaining("alsotoolong");
    }

    @Test
    void theInFlightPolicyIsReleaseOrFail() {
        assertError(with("smppkit.in-flight-policy", "retry"))
                .isEqualTo("test.properties: smppkit.in-flight-policy: 'retry'; must be release or fail");
        assertThat(parse(valid()).inFlightPolicy()).isEqualTo(InFlightPolicy.FAIL);
    }

    @Test
    void aKeySetTwiceUnderTwoSpellingsIsAnError() {
        assertError(with("smppkit.accounts.a.systemId", "other"))
                .isEqualTo("test.properties: smppkit.accounts.a.systemId: set twice (also as"
                        + " smppkit.accounts.a.system-id)");
    }

    @Test
    void aFileWithoutAccountsOrThatIsMissing() {
        assertError(Map.of())
                .isEqualTo("test.properties: no account; set smppkit.accounts.<name>.host and"
                        + " smppkit.accounts.<name>.system-id");
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> ConfigParser.parse(missing, ENV::get))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file");
    }

    private static Map<String, String> valid() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("smppkit.accounts.a.host", "127.0.0.1");
        p.put("smppkit.accounts.a.system-id", "a");
        p.put("smppkit.accounts.b.host", "127.0.0.1");
        p.put("smppkit.accounts.b.system-id", "b");
        return p;
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> p = valid();
        p.put(key, value);
        return p;
    }

    private static GatewayConfig parse(Map<String, String> p) {
        return ConfigParser.parse(p, "test.properties", ENV::get);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertError(Map<String, String> p) {
        try {
            parse(p);
        } catch (ConfigException e) {
            return assertThat(e.getMessage());
        }
        throw new AssertionError("no error for " + p);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
