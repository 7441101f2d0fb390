package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
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

        assertThat(DatabaseOutage.causedBy(new HibernateException(new IOException("Connection reset by peer"))))
                .as("a reset while Hibernate reads").isTrue();
        assertThat(DatabaseOutage.causedBy(new HibernateException("Connection was closed by the server")))
                .as("worded, not typed").isTrue();
        assertThat(DatabaseOutage.causedBy(new VertxException("Connection was closed", true))).isTrue();
        // as Hibernate Reactive reports a BEGIN written to a connection the network had just reset
        assertThat(DatabaseOutage.causedBy(new CompositeException(new IOException("Connection reset by peer"),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection: it will be roll backed"))))
                .as("a write to a reset connection, its rollback failing too").isTrue();
        assertThat(DatabaseOutage.causedBy(new IOException("Broken pipe"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CompletionException(new ConnectionPoolTooBusyException(
                "Connection pool reached max wait queue size of 200")))).as("the pool's waiting line is full").isTrue();

        assertThat(DatabaseOutage.causedBy(new PgException("duplicate key value", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IOException("No space left on device"))).as("a disk, not the database").isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("Timeout"))).as("not the pool's").isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(new HibernateException("Unknown entity"))).isFalse();
    }
}
