package io.musubi.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypesTest {
    @Test
    void theSignatureDecidesNotTheName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageTypes.of(png)).contains("image/png");
        assertThat(ImageTypes.of(jpeg)).contains("image/jpeg");
        assertThat(ImageTypes.of(webp)).contains("image/webp");
        assertThat(ImageTypes.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageTypes.of(new byte[] {(byte) 0x89, 'P'})).isEmpty();
    }
}
