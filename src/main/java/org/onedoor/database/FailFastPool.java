package org.onedoor.database;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The database pool, with short waits: a request waits at most {@link #WAIT_SECONDS} for a
 * connection, behind at most {@link #MAX_WAITING} others (past that it is refused at once, 503),
 * and a new connection at most {@link #CONNECT_MILLIS} for its socket. The waiting line is
 * bounded because thousands of waits running out together left the pool believing its connections
 * leased for good (3,000 kiosk requests at once, three times: 20 usable connections fell to 13;
 * with the line bounded they stayed 20; bench/README.md "A reconnect storm"). Requests and socket
 * openings wait their turn before they reach the pool ({@code ApiTurns}, {@code SocketOpenings}),
 * so this line is a backstop that a busy hour's peak does not reach. The defaults
 * (30 and 60 seconds) would keep a kiosk hanging while the database host is off or its network
 * cut; with these the request fails fast with 503 and the kiosk tells the citizen to wait.
 */
@Singleton
public class FailFastPool implements PgPoolCreator {

    static final int WAIT_SECONDS = 5;
    static final int CONNECT_MILLIS = 3000;
    static final int MAX_WAITING = 200;

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions().setConnectionTimeout(WAIT_SECONDS).setConnectionTimeoutUnit(TimeUnit.SECONDS)
                .setMaxWaitQueueSize(MAX_WAITING);
        List<SqlConnectOptions> targets = new ArrayList<>();
        for (PgConnectOptions target : input.pgConnectOptionsList()) {
            targets.add(target.setConnectTimeout(CONNECT_MILLIS));
        }
        return PgBuilder.pool().with(pool).connectingTo(targets).using(input.vertx()).build();
    }
}
