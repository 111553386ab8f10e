package io.musubi.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from, for limits per client. It is the direct peer, unless the peer is one of the
 * trusted proxies ({@code musubi.security.trusted-proxies}, env {@code MUSUBI_TRUSTED_PROXIES}: comma-separated
 * addresses and CIDR ranges, none by default): then it is the right-most address of {@code X-Forwarded-For} that is
 * not itself a trusted proxy. Everything left of that was written by the client, so without trusted proxies the
 * header is ignored: a client cannot pick its own bucket.
 */
@Singleton
public class ClientAddress {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trustedProxies;

    public ClientAddress(@Value("${musubi.security.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    /** The client's key for counting: an IPv4 address as is, an IPv6 one by its /64 (one subscriber's network). */
    public String key(HttpRequest<?> request) {
        return networkOf(resolve(request));
    }

    public InetAddress resolve(HttpRequest<?> request) {
        return resolve(request.getRemoteAddress().getAddress(), request.getHeaders().getAll(FORWARDED_FOR));
    }

    /** @param forwardedFor the values of every X-Forwarded-For header, in order ("client, proxy1, proxy2") */
    InetAddress resolve(InetAddress peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(value -> hops.addAll(Arrays.asList(value.split(","))));
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client; // not an address: the nearest trusted proxy is all we know
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    public static String networkOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * An IP address written as such ("203.0.113.7", "203.0.113.7:4711", "2001:db8::1", "[2001:db8::1]:4711"), never
     * a host name: nothing here asks DNS.
     */
    static Optional<InetAddress> literal(String text) {
        String value = text.strip();
        if (value.startsWith("[") && value.indexOf(']') > 0) {
            value = value.substring(1, value.indexOf(']'));
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** One trusted address or CIDR range ("10.0.0.0/8", "fd00::/8", "192.0.2.10"). */
    record Range(byte[] network, int prefixLength) {
        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            InetAddress network = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "musubi.security.trusted-proxies: \"" + text + "\" is not an IP address or CIDR range"));
            int bits = network.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1).strip());
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("musubi.security.trusted-proxies: \"" + text
                        + "\" has a prefix length outside 0.." + bits);
            }
            return new Range(network.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
