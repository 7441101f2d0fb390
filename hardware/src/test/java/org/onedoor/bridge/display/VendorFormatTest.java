package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.bridge.config.VendorFormats;

/** Expected frames are worked out by hand from the configured layout, byte by byte. */
class VendorFormatTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static VendorFormat format(Map<String, String> keys) throws Exception {
        return VendorFormats.from(keys);
    }

    @Test
    void defaultFrameWithXor() throws Exception {
        // STX, address 12, "1023", xor of 0C 31 30 32 33 = 0C, ETX
        assertThat(format(Map.of()).frame(12, "1023")).containsExactly(bytes(0x02, 0x0C, 0x31, 0x30, 0x32, 0x33, 0x0C, 0x03));
    }

    @Test
    void sum8AndNoChecksum() throws Exception {
        // 0C + 31 + 30 + 32 + 33 = 0xD2
        assertThat(format(Map.of("vendor.checksum", "sum8")).frame(12, "1023"))
                .containsExactly(bytes(0x02, 0x0C, 0x31, 0x30, 0x32, 0x33, 0xD2, 0x03));
        assertThat(format(Map.of("vendor.checksum", "none")).frame(12, "1023"))
                .containsExactly(bytes(0x02, 0x0C, 0x31, 0x30, 0x32, 0x33, 0x03));
    }

    @Test
    void asciiAddressZeroPaddingAndHexChecksum() throws Exception {
        VendorFormat format = format(Map.of("vendor.start", "0x10 0x02", "vendor.end", "0x10 0x03", "vendor.address", "ascii",
                "vendor.address-digits", "2", "vendor.pad", "zero", "vendor.checksum", "sum8", "vendor.checksum-format", "hex"));
        // "05" "0007": 30+35+30+30+30+37 = 0x12C -> 2C, sent as "2C"
        assertThat(format.frame(5, "7")).containsExactly(bytes(0x10, 0x02, 0x30, 0x35, 0x30, 0x30, 0x30, 0x37, 0x32, 0x43, 0x10, 0x03));
    }

    @Test
    void clearSendsSpacesAndTheChecksumMayLookLikeTheEndByte() throws Exception {
        VendorFormat format = format(Map.of());
        // 03 ^ 20 ^ 20 ^ 20 ^ 20 = 03, the same as ETX: frames are read by length, not by searching ETX
        byte[] clear = format.clearFrame(3);
        assertThat(clear).containsExactly(bytes(0x02, 0x03, 0x20, 0x20, 0x20, 0x20, 0x03, 0x03));
        assertThat(format.decode(clear)).isEqualTo(new VendorFormat.Decoded(3, "    "));
    }

    @Test
    void textIsFittedToTheBoard() throws Exception {
        VendorFormat right = format(Map.of());
        assertThat(right.payload("12")).isEqualTo("  12");
        assertThat(right.payload("A1023")).isEqualTo("1023");
        assertThat(right.payload("Ư12")).isEqualTo(" ?12");
        assertThat(format(Map.of("vendor.align", "left", "vendor.digits", "5")).payload("A12")).isEqualTo("A12  ");
    }

    @Test
    void decodeRejectsABadChecksum() throws Exception {
        VendorFormat format = format(Map.of());
        byte[] frame = format.frame(1, "0042");
        frame[3] ^= 1;
        assertThat(format.decode(frame)).isNull();
    }

    @Test
    void addressMustFit() throws Exception {
        assertThatThrownBy(() -> format(Map.of()).frame(256, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(format(Map.of("vendor.address", "ascii", "vendor.address-digits", "3")).maxAddress()).isEqualTo(999);
    }
}
