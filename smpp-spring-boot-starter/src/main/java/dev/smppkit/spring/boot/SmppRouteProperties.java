package dev.smppkit.spring.boot;

import java.util.ArrayList;
import java.util.List;

/** One route of {@code smppkit.routes.<name>.*}, the same keys as the CLI's {@code --config} file. */
public class SmppRouteProperties {
    /** Destination prefixes; none makes this the default route. */
    private List<String> prefixes = new ArrayList<>();

    /** The route's accounts, in priority order. */
    private List<String> accounts = new ArrayList<>();

    /** Creates an empty route; Spring fills it from the environment. */
    public SmppRouteProperties() {}

    /**
     * The destination prefixes this route takes; none makes it the default route.
     *
     * @return the prefixes, e.g. 44 and 33
     */
    public List<String> getPrefixes() {
        return prefixes;
    }

    /**
     * Sets the prefixes.
     *
     * @param prefixes the destination prefixes
     */
    public void setPrefixes(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * The accounts of the route, in priority order.
     *
     * @return the account names
     */
    public List<String> getAccounts() {
        return accounts;
    }

    /**
     * Sets the accounts.
     *
     * @param accounts account names in priority order
     */
    public void setAccounts(List<String> accounts) {
        this.accounts = accounts;
    }

    @Override
    public String toString() {
        return "Route[prefixes=" + prefixes + ", accounts=" + accounts + "]";
    }
}
