package org.onedoor.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.floor.EventJournal.CompanionInsert;
import org.onedoor.floor.FloorEventBody.NoticeChanged;
import org.onedoor.testing.Floor;
import org.onedoor.testing.PublishedEvents;

/**
 * A transaction's events are written in one statement at its end, with what must be written with
 * them (a print job): when that statement fails, the whole transaction is undone, the caller
 * learns the statement's own error, and nothing is published.
 */
@QuarkusTest
class EventJournalTest {

    @Inject
    EventJournal journal;

    @Inject
    CenterRepository centers;

    @Inject
    PublishedEvents published;

    @Test
    void shouldKeepNothingAndReportTheEventsStatementsOwnErrorWhenItFails() throws Throwable {
        Floor floor = Floor.create();
        Center center = read(floor.center);
        // a companion insert that breaks a unique key: a second center with this one's code
        CompanionInsert duplicate = new CompanionInsert("INSERT INTO center (code, name) VALUES (:code, 'copy')",
                Map.of("code", floor.center));

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> journal.transaction(tx -> Panache.getSession()
                .chain(session -> session.createNativeQuery("UPDATE center SET notice = 'written first' WHERE id = :id")
                        .setParameter("id", center.id).executeUpdate())
                .invoke(() -> tx.insertWithEvents(center, duplicate))
                .call(() -> tx.record(center, new NoticeChanged("written first"))))))
                .hasStackTraceContaining("center_code_key");

        Center after = read(floor.center);
        assertThat(after.notice).as("the write before the events statement").isNull();
        assertThat(after.lastEventSeq).isEqualTo(center.lastEventSeq);
        // Publishing is asynchronous and keeps each center's order: once a later event has arrived,
        // anything the failed transaction had published would have arrived before it.
        VertxContextSupport.subscribeAndAwait(() -> journal.transaction(tx -> tx.record(center, new NoticeChanged("later"))));
        await().untilAsserted(() -> assertThat(published.of(floor.center))
                .extracting(e -> ((NoticeChanged) e.body()).notice()).containsExactly("later"));
    }

    @Test
    void shouldPublishTheEventsWithTheNumbersTheyWereWrittenWith() throws Throwable {
        Floor floor = Floor.create();
        Center center = read(floor.center);

        VertxContextSupport.subscribeAndAwait(() -> journal.transaction(tx -> tx.record(center, new NoticeChanged("one"))
                .call(() -> tx.record(center, new NoticeChanged("two")))));

        assertThat(read(floor.center).lastEventSeq).isEqualTo(center.lastEventSeq + 2);
        await().untilAsserted(() -> assertThat(published.of(floor.center))
                .extracting(FloorEvent::seq, e -> ((NoticeChanged) e.body()).notice())
                .containsExactly(tuple(center.lastEventSeq + 1, "one"),
                        tuple(center.lastEventSeq + 2, "two")));
    }

    private Center read(String code) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> centers.require(code)));
    }
}
