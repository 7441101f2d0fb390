package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
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
}
