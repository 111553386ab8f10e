package io.musubi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedLinksTest {
    private final SignedLinks links = new SignedLinks("a test secret that is long enough for HMAC-SHA256");

    @Test
    void aTokenCarriesItsPayloadForItsPurposeOnly() {
        String token = links.sign("unsubscribe", "user-1:INQUIRY_RECEIVED");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(links.verify("unsubscribe", token)).contains("user-1:INQUIRY_RECEIVED");
        assertThat(links.verify("survey", token)).as("another purpose").isEmpty();
        assertThat(new SignedLinks("another secret, another installation of Musubi").verify("unsubscribe", token))
                .isEmpty();
    }

    @Test
    void aChangedOrMalformedTokenIsRefused() {
        String token = links.sign("unsubscribe", "user-1:INQUIRY_RECEIVED");
        String otherPayload = links.sign("unsubscribe", "user-2:INQUIRY_RECEIVED");
        String swapped = otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(links.verify("unsubscribe", swapped)).isEmpty();
        assertThat(links.verify("unsubscribe", token + "A")).isEmpty();
        assertThat(links.verify("unsubscribe", "no-dot")).isEmpty();
        assertThat(links.verify("unsubscribe", "a.b.c")).isEmpty();
        assertThat(links.verify("unsubscribe", "!!!.???")).isEmpty();
        assertThat(links.verify("unsubscribe", null)).isEmpty();
    }
}
