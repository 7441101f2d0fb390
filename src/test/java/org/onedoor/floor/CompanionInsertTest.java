package org.onedoor.floor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A companion insert's parameters are renamed apart from the events statement's own. */
class CompanionInsertTest {

    @Test
    void shouldRenameEveryParameterAndLeaveCastsAlone() {
        String sql = "INSERT INTO print_job (id, payload, created_at) VALUES (:id, to_jsonb(CAST(:payload AS text)),"
                + " :created_at::timestamptz)";
        assertThat(EventJournal.prefixParameters(sql, "c0_")).isEqualTo("INSERT INTO print_job (id, payload, created_at)"
                + " VALUES (:c0_id, to_jsonb(CAST(:c0_payload AS text)), :c0_created_at::timestamptz)");
    }

    @Test
    void shouldNotTakeAColumnNameBeforeAColonForAParameter() {
        assertThat(EventJournal.prefixParameters("SELECT a::text, b FROM t WHERE c = :c", "c1_"))
                .isEqualTo("SELECT a::text, b FROM t WHERE c = :c1_c");
    }
}
