package org.onedoor.bridge.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTicketTest {

    private static LocalTicket parse(String json) throws LocalTicket.Invalid {
        return LocalTicket.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String json) {
        try {
            parse(json);
        } catch (LocalTicket.Invalid e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void readsTheKioskPagesTicket() throws Exception {
        LocalTicket t = parse(LocalPrintServerTest.TICKET);
        assertThat(t).isEqualTo(new LocalTicket("offline:dong-hung:2026-12-01:A990",
                "Trung tâm Phục vụ hành chính công xã Đông Hưng", "A990", "Hộ tịch", "09:41 01/12/2026",
                List.of("Máy chủ tạm gián đoạn: số của quý vị đã được giữ.")));
        assertThat(parse("{\"job\":\"offline:x\",\"code\":\" A1 \",\"field\":\"\",\"unknown\":1}"))
                .isEqualTo(new LocalTicket("offline:x", null, "A1", null, null, List.of()));
    }

    @Test
    void refusesWhatItCannotPrintOrShouldNot() {
        assertThat(error("[1]")).isEqualTo("the body must be a JSON object");
        assertThat(error("")).isEqualTo("the body must be a JSON object");
        assertThat(error("{\"code\":\"A1\"}")).isEqualTo("job is required");
        assertThat(error("{\"job\":\"offline:x\",\"code\":\"  \"}")).isEqualTo("code is required");
        assertThat(error("{\"job\":\"offline:x\",\"code\":990}")).isEqualTo("code must be a text");
        assertThat(error("{\"job\":\"3f2a8c1e-0000-4000-8000-000000000000\",\"code\":\"A1\"}"))
                .isEqualTo("job must start with 'offline:'");
        assertThat(error("{\"job\":\"offline:a\\nb\",\"code\":\"A1\"}")).isEqualTo("job must not hold control characters");
        assertThat(error("{\"job\":\"offline:x\",\"code\":\"A1\",\"field\":\"" + "x".repeat(201) + "\"}"))
                .isEqualTo("field is longer than 200 characters");
        assertThat(error("{\"job\":\"offline:x\",\"code\":\"A1\",\"lines\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}"))
                .isEqualTo("at most 4 lines");
        assertThat(error("{\"job\":\"offline:x\",\"code\":\"A1\",\"lines\":[\"" + "x".repeat(201) + "\"]}"))
                .isEqualTo("lines is longer than 200 characters");
        assertThat(error("{\"job\":\"offline:x\",\"code\":\"A1\",\"lines\":\"one\"}")).isEqualTo("lines must be a list of texts");
        assertThatThrownBy(() -> parse("{\"job\":")).hasMessageStartingWith("the body is not JSON");
    }
}
