package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueLabelsTest {

    @Test
    void shouldFindThePropertyAPathEndsIn() {
        assertThat(ValueLabels.property("putField.settings.prefix")).isEqualTo("prefix");
        assertThat(ValueLabels.property("putField.settings.names[vi].<map value>")).isEqualTo("names[vi]");
        assertThat(ValueLabels.property("putField.settings.names.<map value>[vi]")).isEqualTo("names[vi]");
        assertThat(ValueLabels.property("create.request.username")).isEqualTo("username");
        assertThat(ValueLabels.property("after.limit")).isEqualTo("limit");
    }
}
