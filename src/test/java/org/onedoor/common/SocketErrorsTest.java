package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.CorruptedFrameException;
import io.smallrye.mutiny.CompositeException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class SocketErrorsTest {

    @Test
    void shouldBlameTheClientOnlyForBrokenFramesAndVanishedPeers() {
        assertThat(SocketErrors.clientFault(new CorruptedWebSocketFrameException())).isTrue();
        assertThat(SocketErrors.clientFault(new IllegalStateException(new CorruptedFrameException("bad")))).isTrue();
        assertThat(SocketErrors.clientFault(new HttpClosedException("Connection was closed"))).isTrue();
        assertThat(SocketErrors.clientFault(new ClosedChannelException())).isTrue();
        assertThat(SocketErrors.clientFault(new IOException("Broken pipe"))).isTrue();

        assertThat(SocketErrors.clientFault(new NullPointerException())).as("our own bug").isFalse();
        assertThat(SocketErrors.clientFault(new IllegalStateException("Cannot write a floor frame"))).isFalse();
    }

    @Test
    void shouldTellTheClientToTryAgainLaterWhenTheDatabaseIsUnreachableOrBusy() {
        // what the pool says when no connection came free in time (a hall of screens reconnecting)
        assertThat(SocketErrors.closeReason(new NoStackTraceThrowable("Timeout")).getCode()).isEqualTo(1013);
        assertThat(SocketErrors.closeReason(new PgException("the database system is shutting down", "FATAL", "57P03", null))
                .getCode()).isEqualTo(1013);

        assertThat(SocketErrors.closeReason(new NullPointerException()).getCode()).as("our own bug").isEqualTo(1000);
        assertThat(SocketErrors.closeReason(new CorruptedWebSocketFrameException()).getCode()).isEqualTo(1000);
    }

    /**
     * A screen's snapshot read met the database's connection being reset (DatabaseOutageIT saw it):
     * Hibernate's CompositeException of the reset and the rollback after it. In a frame sent by the
     * client an I/O error is the client's; in the socket's own read it is the database's, and the
     * screen is told to try again later, not that all went well.
     */
    @Test
    void shouldTellAScreenWhoseSnapshotReadLostTheDatabaseToTryAgainLater() {
        Throwable reset = new CompositeException(new IOException("Connection reset by peer"),
                new HibernateException("Transaction rollback failed"));
        assertThat(SocketErrors.readFailureReason(reset).getCode()).isEqualTo(1013);
        assertThat(SocketErrors.closeReason(reset).getCode()).as("were the client to blame").isEqualTo(1000);
        assertThat(SocketErrors.readFailureReason(new NullPointerException()).getCode()).as("our own bug").isEqualTo(1000);
    }
}
