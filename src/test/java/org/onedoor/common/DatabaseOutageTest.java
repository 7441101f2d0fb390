package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void shouldTellAnUnreachableDatabaseFromAGenuineFault() {
        assertThat(DatabaseOutage.causedBy(new CompletionException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseOutage.causedBy(ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(DatabaseOutage.causedBy(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseOutage.causedBy(new PgException("the database system is starting up", "FATAL", "57P03", null))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CompositeException(new IllegalStateException("rollback failed"),
                new java.net.SocketException("Connection reset")))).isTrue();

        assertThat(DatabaseOutage.causedBy(new PgException("duplicate key value", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("Timeout"))).as("not the pool's").isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
    }
}
