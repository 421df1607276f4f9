package dev.smppkit.cli.config;

import dev.smppkit.client.Esme;
import dev.smppkit.client.EsmeBuilder;
import dev.smppkit.client.InFlightPolicy;
import dev.smppkit.client.SmscAddress;
import dev.smppkit.client.gateway.Route;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the accounts and routes of {@code smpp bench --config} and {@code smpp send --config}:
 *
 * <pre>
 * smppkit.accounts.&lt;name&gt;.host=127.0.0.1            # or hosts=h1:p1,h2:p2
 * smppkit.accounts.&lt;name&gt;.port=2775                 # default 2775
 * smppkit.accounts.&lt;name&gt;.system-id=...             # required
 * smppkit.accounts.&lt;name&gt;.password=...              # or password-env=VAR; default empty
 * smppkit.accounts.&lt;name&gt;.sessions=1
 * smppkit.accounts.&lt;name&gt;.window=100
 * smppkit.accounts.&lt;name&gt;.max-tps=0                 # 0 = unlimited
 * smppkit.routes.&lt;route&gt;.prefixes=44,33             # empty = default route
 * smppkit.routes.&lt;route&gt;.accounts=a,b,c             # priority order
 * smppkit.in-flight-policy=release                  # or fail (default)
 * </pre>
 *
 * Property names are relaxed as in Spring Boot: {@code system-id}, {@code systemId}, {@code system_id} and
 * {@code SYSTEM_ID} are the same key. Every problem is a {@link ConfigException} naming the file, the key and what is
 * wrong (an unknown key with the known one it most looks like); a password never appears in a message.
 */
public final class ConfigParser {
    private static final String ROOT = "smppkit.";
    private static final List<String> SECTIONS = List.of("accounts", "routes", "in-flight-policy");
    private static final List<String> ACCOUNT_KEYS = List.of(
            "host",
            "hosts",
            "port",
            "system-id",
            "password",
            "password-env",
            "sessions",
            "window",
            "max-tps",
            "correlation-scope");
    private static final List<String> ROUTE_KEYS = List.of("prefixes", "accounts");

    private final String source;
    private final Function<String, String> env;

    private ConfigParser(String source, Function<String, String> env) {
        this.source = source;
        this.env = env;
    }

    /**
     * Reads and checks a file: properties, or YAML if it ends in {@code .yaml} or {@code .yml}.
     *
     * @param env environment variables for {@code password-env}: name to value, null if unset
     * @throws ConfigException if the file cannot be read or is not valid
     */
    public static GatewayConfig parse(Path file, Function<String, String> env) {
        return parse(ConfigFiles.read(file), file.toString(), env);
    }

    /**
     * Checks flat {@code key=value} pairs.
     *
     * @param source what to call them in messages, e.g. the file name
     * @param env environment variables for {@code password-env}: name to value, null if unset
     * @throws ConfigException if they are not valid
     */
    public static GatewayConfig parse(Map<String, String> properties, String source, Function<String, String> env) {
        return new ConfigParser(source, env).parse(properties);
    }

    /** One value as the file gave it. */
    private record Value(String key, String text) {}

    private GatewayConfig parse(Map<String, String> properties) {
        Map<String, Map<String, Value>> accounts = new TreeMap<>();
        Map<String, Map<String, Value>> routes = new TreeMap<>();
        Value policy = null;
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            String key = e.getKey().strip();
            Value value =
                    new Value(key, e.getValue() == null ? "" : e.getValue().strip());
            String rest = key.regionMatches(true, 0, ROOT, 0, ROOT.length()) ? key.substring(ROOT.length()) : null;
            if (rest == null) {
                throw fail(key, "unknown key; every key starts with '" + ROOT + "'");
            }
            int dot = rest.indexOf('.');
            String section = relaxed(dot < 0 ? rest : rest.substring(0, dot));
            if (dot < 0 && section.equals("inflightpolicy")) {
                policy = value;
            } else if (dot > 0 && section.equals("accounts")) {
                put(accounts, rest.substring(dot + 1), value, ACCOUNT_KEYS);
            } else if (dot > 0 && section.equals("routes")) {
                put(routes, rest.substring(dot + 1), value, ROUTE_KEYS);
            } else {
                String first = dot < 0 ? rest : rest.substring(0, dot);
                throw fail(key, "unknown key" + didYouMean(first, SECTIONS, s -> ROOT + s + (dot < 0 ? "" : "...")));
            }
        }
        if (accounts.isEmpty()) {
            throw new ConfigException(source + ": no account; set smppkit.accounts.<name>.host and"
                    + " smppkit.accounts.<name>.system-id");
        }
        List<GatewayConfig.Account> accountList = new ArrayList<>();
        accounts.forEach((name, values) -> accountList.add(account(name, values)));
        List<GatewayConfig.RouteSpec> routeList = new ArrayList<>();
        Map<String, String> prefixOwners = new HashMap<>();
        String defaultRoute = null;
        for (Map.Entry<String, Map<String, Value>> e : routes.entrySet()) {
            GatewayConfig.RouteSpec r = route(e.getKey(), e.getValue(), accounts.keySet());
            if (r.isDefault() && defaultRoute != null) {
                throw fail(
                        ROOT + "routes." + r.name() + ".prefixes",
                        "empty, so this is the default route, but route '" + defaultRoute + "' is already the default;"
                                + " give one of them prefixes");
            }
            defaultRoute = r.isDefault() ? r.name() : defaultRoute;
            for (String p : r.prefixes()) {
                String owner = prefixOwners.putIfAbsent(p, r.name());
                if (owner != null) {
                    throw fail(e.getValue().get("prefixes").key(), "prefix " + p + " is also in route '" + owner + "'");
                }
            }
            routeList.add(r);
        }
        return new GatewayConfig(accountList, routeList, policy(policy));
    }

    /** Files {@code <name>.<property>} under its name, with the property's canonical spelling. */
    private void put(Map<String, Map<String, Value>> into, String nameAndProperty, Value value, List<String> known) {
        int dot = nameAndProperty.lastIndexOf('.');
        if (dot <= 0 || dot == nameAndProperty.length() - 1) {
            throw fail(value.key(), "unknown key; expected <name>." + String.join("|", known));
        }
        String name = nameAndProperty.substring(0, dot);
        String property = nameAndProperty.substring(dot + 1);
        String canonical = known.stream()
                .filter(k -> relaxed(k).equals(relaxed(property)))
                .findFirst()
                .orElseThrow(() -> fail(
                        value.key(),
                        "unknown key"
                                + didYouMean(
                                        property,
                                        known,
                                        k -> value.key()
                                                        .substring(
                                                                0, value.key().length() - property.length())
                                                + k)));
        Value earlier = into.computeIfAbsent(name, n -> new LinkedHashMap<>()).putIfAbsent(canonical, value);
        if (earlier != null) {
            throw fail(value.key(), "set twice (also as " + earlier.key() + ")");
        }
    }

    private GatewayConfig.Account account(String name, Map<String, Value> v) {
        String prefix = ROOT + "accounts." + name;
        checkName(name, prefix);
        EsmeBuilder check = Esme.builder(); // the client's own checks, so the limits are the client's
        List<SmscAddress> hosts;
        if (v.containsKey("hosts")) {
            Value hostsValue = v.get("hosts");
            if (v.containsKey("host") || v.containsKey("port")) {
                throw fail(hostsValue.key(), "set with host or port; use either hosts=h1:p1,h2:p2 or host and port");
            }
            hosts = apply(hostsValue, () -> SmscAddress.parseList(hostsValue.text()));
            apply(hostsValue, () -> check.hosts(hosts));
        } else {
            Value host = v.get("host");
            if (host == null) {
                throw new ConfigException(source + ": " + prefix + ".host (or .hosts) is missing");
            }
            int port = v.containsKey("port") ? port(v.get("port")) : 2775;
            hosts = List.of(apply(host, () -> SmscAddress.of(nonEmpty(host), port)));
        }
        Value systemId = v.get("system-id");
        if (systemId == null) {
            throw new ConfigException(source + ": " + prefix + ".system-id is missing");
        }
        apply(systemId, () -> check.systemId(nonEmpty(systemId)));
        String password = password(v);
        int sessions = v.containsKey("sessions") ? integer(v.get("sessions"), 1, 64) : 1;
        int window = v.containsKey("window") ? integer(v.get("window"), 1, 100_000) : 100;
        double maxTps = 0;
        if (v.containsKey("max-tps")) {
            Value tps = v.get("max-tps");
            maxTps = decimal(tps);
            double rate = maxTps;
            apply(tps, () -> check.maxTps(rate));
        }
        String scope = null;
        if (v.containsKey("correlation-scope")) {
            Value s = v.get("correlation-scope");
            scope = nonEmpty(s);
            String checked = scope;
            apply(s, () -> check.correlationScope(checked));
        }
        return new GatewayConfig.Account(name, hosts, systemId.text(), password, sessions, window, maxTps, scope);
    }

    /** From {@code password} or {@code password-env}, checked by the client; the messages never show it. */
    private String password(Map<String, Value> v) {
        Value plain = v.get("password");
        Value fromEnv = v.get("password-env");
        if (plain != null && fromEnv != null) {
            throw fail(fromEnv.key(), "set with password; use one of them");
        }
        String password = "";
        Value where = plain;
        if (fromEnv != null) {
            password = env.apply(nonEmpty(fromEnv));
            if (password == null) {
                throw fail(fromEnv.key(), "environment variable " + fromEnv.text() + " is not set");
            }
            where = fromEnv;
        } else if (plain != null) {
            password = plain.text();
        }
        if (where != null) {
            String p = password;
            Value at = where;
            try {
                Esme.builder().password(p);
            } catch (IllegalArgumentException e) {
                throw fail(at.key(), e.getMessage()); // "password is 9 octets; at most 8 (...)": no value in it
            }
        }
        return password;
    }

    private GatewayConfig.RouteSpec route(String name, Map<String, Value> v, Set<String> accounts) {
        String prefix = ROOT + "routes." + name;
        checkName(name, prefix);
        Value accountsValue = v.get("accounts");
        if (accountsValue == null || list(accountsValue).isEmpty()) {
            throw new ConfigException(source + ": " + prefix + ".accounts is missing; list the route's accounts");
        }
        List<String> names = list(accountsValue);
        for (String a : names) {
            if (!accounts.contains(a)) {
                throw fail(
                        accountsValue.key(),
                        "unknown account '" + a + "'" + didYouMean(a, List.copyOf(accounts), s -> s)
                                + "; the accounts are " + String.join(", ", accounts));
            }
        }
        Value prefixesValue = v.get("prefixes");
        List<String> prefixes = prefixesValue == null ? List.of() : list(prefixesValue);
        // the client's checks: digits, no account twice
        apply(accountsValue, () -> Route.builder(name).accounts(names.toArray(String[]::new)));
        if (prefixesValue != null) {
            apply(prefixesValue, () -> Route.builder(name).prefixes(prefixes.toArray(String[]::new)));
        }
        return new GatewayConfig.RouteSpec(
                name,
                prefixes.stream()
                        .map(p -> p.startsWith("+") ? p.substring(1) : p)
                        .toList(),
                names);
    }

    private InFlightPolicy policy(Value v) {
        if (v == null) {
            return InFlightPolicy.FAIL;
        }
        return switch (v.text().toLowerCase(Locale.ROOT)) {
            case "release" -> InFlightPolicy.RELEASE;
            case "fail" -> InFlightPolicy.FAIL;
            default -> throw fail(v.key(), "'" + v.text() + "'; must be release or fail");
        };
    }

    private void checkName(String name, String key) {
        try {
            Route.builder(name); // accounts and routes share the client's naming rule
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + key
                    + ": name must be 1 to 64 letters, digits, '-', '_' or '.', was '" + name + "'");
        }
    }

    private int port(Value v) {
        try {
            int p = Integer.parseInt(nonEmpty(v));
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw fail(v.key(), "'" + v.text() + "' is not a port; must be 1-65535");
    }

    private int integer(Value v, int min, int max) {
        try {
            int n = Integer.parseInt(nonEmpty(v));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw fail(v.key(), "'" + v.text() + "'; must be a number, " + min + "-" + max);
    }

    private double decimal(Value v) {
        try {
            double d = Double.parseDouble(nonEmpty(v));
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw fail(v.key(), "'" + v.text() + "'; must be a number, 0 (unlimited) or more");
    }

    private String nonEmpty(Value v) {
        if (v.text().isEmpty()) {
            throw fail(v.key(), "is empty");
        }
        return v.text();
    }

    private static List<String> list(Value v) {
        return Arrays.stream(v.text().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Runs a check, turning the client's refusal into a message naming the key. */
    private <T> T apply(Value v, Supplier<T> check) {
        try {
            return check.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw fail(v.key(), e.getMessage());
        }
    }

    private ConfigException fail(String key, String problem) {
        return new ConfigException(source + ": " + key + ": " + problem);
    }

    /** Lower case without '-' and '_': {@code systemId}, {@code system_id} and {@code system-id} are one key. */
    static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** {@code ; did you mean 'smppkit.accounts.a.system-id'?}, or nothing if no known name is close. */
    private static String didYouMean(String given, List<String> known, Function<String, String> spell) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(relaxed(given), relaxed(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 3))
                ? "; did you mean '" + spell.apply(best) + "'?"
                : "";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
