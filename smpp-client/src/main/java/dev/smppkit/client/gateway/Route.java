package dev.smppkit.client.gateway;

import dev.smppkit.client.OutboundMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named route of an {@link SmsGateway}: which messages it takes (its rules) and the accounts that send them, in
 * priority order. A message goes to the first tier of accounts that has a bound session and a closed circuit; accounts
 * of one tier share its messages by weight. Immutable; build one with {@link #builder(String)}.
 *
 * <p>A route matches a message when any of its rules does: a {@linkplain Builder#when predicate}, a
 * {@linkplain Builder#senders sender}, a {@linkplain Builder#destinationMatches destination pattern}, or a
 * {@linkplain Builder#prefixes destination prefix}. The gateway's {@linkplain SmsGatewayBuilder order of rules} decides
 * between routes that match the same message.
 */
public final class Route {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,20}");

    private final String name;
    private final List<String> prefixes;
    private final List<Pattern> destinationPatterns;
    private final List<String> senders;
    private final Predicate<OutboundMessage> predicate;
    private final List<List<Member>> tiers;
    private final Duration maxAge;

    private Route(Builder b) {
        this.name = b.name;
        this.prefixes = List.copyOf(b.prefixes);
        this.destinationPatterns = List.copyOf(b.patterns);
        this.senders = List.copyOf(b.senders);
        this.predicate = b.predicate;
        this.tiers = b.tiers.stream().map(List::copyOf).toList();
        this.maxAge = b.maxAge;
    }

    /**
     * A builder for a route.
     *
     * @param name the route's name: 1 to 64 letters, digits, '-', '_' or '.'
     * @return a builder with no rules and no accounts
     * @throws IllegalArgumentException if the name is not valid
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * An account of a route's tier and its share of the tier's messages.
     *
     * @param account the account's name
     * @param weight its share relative to the other accounts of the tier, 1 to 1,000
     */
    public record Member(String account, int weight) {
        /**
         * A member.
         *
         * @param account the account's name
         * @param weight its share relative to the other accounts of the tier, 1 to 1,000
         * @throws IllegalArgumentException if the weight is out of range
         */
        public Member {
            Objects.requireNonNull(account, "account");
            if (weight < 1 || weight > 1000) {
                throw new IllegalArgumentException(
                        "weight of account '" + account + "' must be 1 to 1000, was " + weight);
            }
        }
    }

    /**
     * The route's name.
     *
     * @return the name given to {@link #builder(String)}
     */
    public String name() {
        return name;
    }

    /**
     * The destination prefixes (digits, without '+') this route takes; the longest matching prefix of all routes wins.
     *
     * @return the prefixes, possibly empty
     */
    public List<String> prefixes() {
        return prefixes;
    }

    /**
     * The patterns a whole destination address may match for this route.
     *
     * @return the patterns, possibly empty
     */
    public List<Pattern> destinationPatterns() {
        return destinationPatterns;
    }

    /**
     * The source addresses (exactly as given to {@code from(...)}) this route takes.
     *
     * @return the senders, possibly empty
     */
    public List<String> senders() {
        return senders;
    }

    /**
     * The user's predicate, if any.
     *
     * @return the predicate set with {@link Builder#when}, or empty
     */
    public Optional<Predicate<OutboundMessage>> predicate() {
        return Optional.ofNullable(predicate);
    }

    /**
     * The accounts in priority order: the first tier is tried first; accounts of one tier share by weight.
     *
     * @return at least one tier of at least one member
     */
    public List<List<Member>> tiers() {
        return tiers;
    }

    /**
     * Every account of the route in priority order.
     *
     * @return the account names, tier by tier
     */
    public List<String> accounts() {
        return tiers.stream().flatMap(List::stream).map(Member::account).toList();
    }

    /**
     * The longest a message of this route may wait after it was queued; past it the message is not submitted and
     * ends as expired.
     *
     * @return the maximum age, or empty for none (a message's own deadline still applies)
     */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    @Override
    public String toString() {
        return "Route(" + name + ", accounts=" + tiers + (prefixes.isEmpty() ? "" : ", prefixes=" + prefixes)
                + (senders.isEmpty() ? "" : ", senders=" + senders)
                + (destinationPatterns.isEmpty() ? "" : ", patterns=" + destinationPatterns)
                + (predicate != null ? ", predicate" : "") + (maxAge != null ? ", maxAge=" + maxAge : "") + ")";
    }

    /** Builds a {@link Route}; every method checks its argument and names what is wrong. */
    public static final class Builder {
        private final String name;
        private final List<String> prefixes = new ArrayList<>();
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<String> senders = new ArrayList<>();
        private Predicate<OutboundMessage> predicate;
        private final List<List<Member>> tiers = new ArrayList<>();
        private Duration maxAge;

        private Builder(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "route name must be 1 to 64 letters, digits, '-', '_' or '.', was '" + name + "'");
            }
            this.name = name;
        }

        /**
         * Takes messages whose destination starts with one of these prefixes (e.g. {@code "44"}, {@code "33"}). A
         * leading '+' is ignored. Across all routes the longest matching prefix wins.
         *
         * @param prefixes 1 to 20 digits each
         * @return this builder
         * @throws IllegalArgumentException if a prefix is not 1 to 20 digits
         */
        public Builder prefixes(String... prefixes) {
            for (String p : prefixes) {
                String digits = p != null && p.startsWith("+") ? p.substring(1) : p;
                if (digits == null || !PREFIX.matcher(digits).matches()) {
                    throw new IllegalArgumentException(
                            "prefix of route '" + name + "' must be 1 to 20 digits, was '" + p + "'");
                }
                this.prefixes.add(digits);
            }
            return this;
        }

        /**
         * Takes messages whose whole destination address (without a leading '+') matches this regular expression.
         *
         * @param regex a {@link Pattern} expression
         * @return this builder
         * @throws IllegalArgumentException if the expression does not compile
         */
        public Builder destinationMatches(String regex) {
            try {
                patterns.add(Pattern.compile(Objects.requireNonNull(regex, "regex")));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "destination pattern of route '" + name + "' is not valid: " + e.getDescription(), e);
            }
            return this;
        }

        /**
         * Takes messages from these source addresses (compared with the address's value, e.g. {@code "ACME"}).
         *
         * @param senders the source address values, 1 to 20 characters each
         * @return this builder
         * @throws IllegalArgumentException if one is empty or longer than 20 characters
         */
        public Builder senders(String... senders) {
            for (String s : senders) {
                if (s == null || s.isEmpty() || s.length() > 20) {
                    throw new IllegalArgumentException(
                            "sender of route '" + name + "' must be 1 to 20 characters, was '" + s + "'");
                }
                this.senders.add(s);
            }
            return this;
        }

        /**
         * Takes messages this predicate accepts (e.g. by their {@linkplain OutboundMessage#extra() extra data}). It is
         * called on the gateway's dispatch thread and must be fast and not block.
         *
         * @param predicate the rule
         * @return this builder
         */
        public Builder when(Predicate<OutboundMessage> predicate) {
            this.predicate = Objects.requireNonNull(predicate, "predicate");
            return this;
        }

        /**
         * Appends one tier per account, in priority order: {@code accounts("a", "b")} tries a, then b.
         *
         * @param accounts account names
         * @return this builder
         * @throws IllegalArgumentException if an account is listed twice in this route
         */
        public Builder accounts(String... accounts) {
            for (String a : accounts) {
                tier(Map.of(a, 1));
            }
            return this;
        }

        /**
         * Appends one tier of accounts that share its messages by weight (weighted round robin among those that can
         * take a message at that moment): {@code tier(Map.of("a", 3, "b", 1))} sends about three of four to a.
         *
         * @param weights account name to weight (1 to 1,000), iterated in the map's order
         * @return this builder
         * @throws IllegalArgumentException if the map is empty, a weight is out of range or an account is listed twice
         */
        public Builder tier(Map<String, Integer> weights) {
            if (weights.isEmpty()) {
                throw new IllegalArgumentException("a tier of route '" + name + "' needs at least one account");
            }
            Set<String> seen = new HashSet<>(accounts());
            List<Member> tier = new ArrayList<>();
            for (Map.Entry<String, Integer> e : new LinkedHashMap<>(weights).entrySet()) {
                if (!seen.add(e.getKey())) {
                    throw new IllegalArgumentException(
                            "account '" + e.getKey() + "' is listed twice in route '" + name + "'");
                }
                tier.add(new Member(e.getKey(), e.getValue()));
            }
            tiers.add(tier);
            return this;
        }

        /**
         * The longest a message may wait after it was queued before this route gives up on it (expired outcome).
         *
         * @param maxAge above zero, or null for none
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder maxAge(Duration maxAge) {
            if (maxAge != null && (maxAge.isZero() || maxAge.isNegative())) {
                throw new IllegalArgumentException("maxAge of route '" + name + "' must be above zero, was " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        private List<String> accounts() {
            return tiers.stream().flatMap(List::stream).map(Member::account).toList();
        }

        /**
         * Builds the route.
         *
         * @return the route
         * @throws IllegalArgumentException if it has no account
         */
        public Route build() {
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("route '" + name + "' needs at least one account");
            }
            return new Route(this);
        }
    }
}
