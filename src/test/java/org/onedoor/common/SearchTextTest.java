package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldFoldVietnameseToPlainLowerCaseLetters() {
        assertThat(SearchText.fold("Đăng ký  KHAI SINH")).isEqualTo("dang ky khai sinh");
        assertThat(SearchText.fold("Chứng thực bản sao từ bản chính")).isEqualTo("chung thuc ban sao tu ban chinh");
        assertThat(SearchText.fold("Người có công")).isEqualTo("nguoi co cong");
        assertThat(SearchText.fold(null)).isEmpty();
    }
}
