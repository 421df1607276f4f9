package dev.smppkit.client;

import dev.smppkit.codec.internal.Fields;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One address of an SMSC: a host name (or IP address literal) and a TCP port. The name is kept as given and resolved
 * each time the client connects, so a DNS change is seen on the next reconnect. An account may list several
 * ({@link ConnectionOptions.Builder#hosts(List)}): a primary, then its secondaries.
 *
 * @param host the host name or address literal, not empty (an IPv6 literal without brackets)
 * @param port the TCP port, 1–65535
 */
public record SmscAddress(String host, int port) {
    /**
     * Checks the host and port.
     *
     * @param host the host name or address literal, not empty (an IPv6 literal without brackets)
     * @param port the TCP port, 1–65535
     * @throws NullPointerException if host is null
     * @throws IllegalArgumentException if host is empty or blank, or port is outside 1–65535
     */
    public SmscAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty; must be a host name or address");
        }
        Fields.range("port", port, 1, 65535);
    }

    /**
     * An address from a host and port.
     *
     * @param host the host name or address literal
     * @param port the TCP port, 1–65535
     * @return the address
     */
    public static SmscAddress of(String host, int port) {
        return new SmscAddress(host, port);
    }

    /**
     * The host string and port of a socket address, without resolving it (an unresolved one stays a name).
     *
     * @param address the socket address
     * @return the address
     */
    public static SmscAddress of(InetSocketAddress address) {
        Objects.requireNonNull(address, "address");
        return new SmscAddress(address.getHostString(), address.getPort());
    }

    /**
     * Parses {@code host:port}, e.g. {@code smsc1.example.com:2775}, {@code 10.0.0.7:2775} or {@code [::1]:2775} (an
     * IPv6 literal in brackets).
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException if it is not {@code host:port} with a port in 1–65535; the message quotes it
     */
    public static SmscAddress parse(String text) {
        Objects.requireNonNull(text, "address");
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        String host = colon > 0 ? s.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            colon = -1; // an IPv6 literal must be in brackets to carry a port
        }
        if (colon <= 0 || host.isBlank() || colon == s.length() - 1) {
            throw new IllegalArgumentException(
                    "SMSC address '" + text + "' must be host:port, e.g. smsc.example.com:2775 or [::1]:2775");
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SMSC address '" + text + "' has port '" + s.substring(colon + 1) + "'; must be a number, 1-65535");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMSC address '" + text + "' has port " + port + "; must be 1-65535");
        }
        return new SmscAddress(host, port);
    }

    /**
     * Parses a comma-separated list of {@code host:port}, e.g. {@code smsc1:2775,smsc2:2775} (blanks around the
     * commas are ignored), as a configuration file gives it.
     *
     * @param text the addresses, in order of preference
     * @return the addresses, at least one
     * @throws IllegalArgumentException if the list is empty or an address does not {@link #parse parse}
     */
    public static List<SmscAddress> parseList(String text) {
        Objects.requireNonNull(text, "addresses");
        List<SmscAddress> addresses = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                addresses.add(parse(part));
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("SMSC address list '" + text + "' is empty; must list host:port");
        }
        return List.copyOf(addresses);
    }

    /** {@code host:port}, an IPv6 literal in brackets: what {@link #parse} reads back. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
