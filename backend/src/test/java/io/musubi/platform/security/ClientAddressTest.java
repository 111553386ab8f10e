package io.musubi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final InetAddress CLIENT = ip("198.51.100.23");
    private static final InetAddress PROXY = ip("10.0.0.5");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress addresses = new ClientAddress("");
        assertThat(addresses.resolve(CLIENT, List.of("203.0.113.7"))).isEqualTo(CLIENT);
        assertThat(addresses.resolve(PROXY, List.of("203.0.113.7, 198.51.100.1"))).isEqualTo(PROXY);
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddressByTheHeader() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");
        assertThat(addresses.resolve(CLIENT, List.of("10.0.0.7", "203.0.113.7"))).isEqualTo(CLIENT);
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        ClientAddress addresses = new ClientAddress(" 10.0.0.0/8 , 192.0.2.10 ");
        // the client wrote "1.2.3.4" itself; the proxies appended what they saw
        assertThat(addresses.resolve(PROXY, List.of("1.2.3.4, 198.51.100.23, 192.0.2.10")))
                .isEqualTo(CLIENT);
        assertThat(addresses.resolve(PROXY, List.of("1.2.3.4", "198.51.100.23"))).isEqualTo(CLIENT);
        assertThat(addresses.resolve(ip("192.0.2.10"), List.of("198.51.100.23:50412"))).isEqualTo(CLIENT);
    }

    @Test
    void withoutAnUntrustedHopTheLeftMostKnownAddressIsUsedAndGarbageIsNeverBelieved() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");
        assertThat(addresses.resolve(PROXY, List.of())).isEqualTo(PROXY);
        assertThat(addresses.resolve(PROXY, List.of("10.0.0.9"))).isEqualTo(ip("10.0.0.9"));
        assertThat(addresses.resolve(PROXY, List.of("evil.example, 10.0.0.9"))).isEqualTo(ip("10.0.0.9"));
        assertThat(addresses.resolve(PROXY, List.of("unknown"))).isEqualTo(PROXY);
    }

    @Test
    void ipv6RangesAndBracketedAddressesWork() {
        ClientAddress addresses = new ClientAddress("fd00::/8,::1");
        assertThat(addresses.resolve(ip("fd12::1"), List.of("[2001:db8::42]:443"))).isEqualTo(ip("2001:db8::42"));
        assertThat(addresses.resolve(ip("::1"), List.of("2001:db8::42"))).isEqualTo(ip("2001:db8::42"));
        assertThat(addresses.resolve(ip("fe80::1"), List.of("2001:db8::42"))).isEqualTo(ip("fe80::1"));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndIpv4ByTheirAddress() {
        assertThat(ClientAddress.networkOf(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")))
                .isEqualTo(ClientAddress.networkOf(ip("2001:db8:1:2::1"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.networkOf(ip("2001:db8:1:3::1"))).isNotEqualTo(
                ClientAddress.networkOf(ip("2001:db8:1:2::1")));
        assertThat(ClientAddress.networkOf(CLIENT)).isEqualTo("198.51.100.23");
    }

    @Test
    void aMistakeInTheTrustedProxiesStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress("proxy.internal")).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }

    private static InetAddress ip(String literal) {
        return ClientAddress.literal(literal).orElseThrow();
    }
}
