package org.onedoor.floor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SharedReadsTest {

    /** A reader whose reads the test finishes by hand: first the closing point, then the value. */
    static final class ManualReader {
        final List<String> keys = new ArrayList<>();
        final List<Runnable> closings = new ArrayList<>();
        final List<CompletableFuture<String>> values = new ArrayList<>();

        Uni<String> read(String key, Runnable closing) {
            keys.add(key);
            closings.add(closing);
            CompletableFuture<String> value = new CompletableFuture<>();
            values.add(value);
            return Uni.createFrom().completionStage(value);
        }
    }

    final ManualReader reader = new ManualReader();
    final SharedReads<String, String> reads = new SharedReads<>(reader::read);

    @Test
    void shouldShareOneReadAmongTheCallersThatAskBeforeItLooksAtTheData() {
        var first = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        var otherCenter = reads.get("other").subscribe().withSubscriber(UniAssertSubscriber.create());

        reader.closings.get(0).run();
        reader.values.get(0).complete("snapshot at 42");

        assertThat(reader.keys).containsExactly("hall", "other");
        first.assertItem("snapshot at 42");
        second.assertItem("snapshot at 42");
        otherCenter.assertNotTerminated();
    }

    @Test
    void shouldStartANewReadForACallerWhoAsksAfterTheReadLookedAtTheData() {
        var early = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        reader.closings.get(0).run();

        var late = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        reader.values.get(0).complete("snapshot at 42");
        reader.values.get(1).complete("snapshot at 43");

        assertThat(reader.keys).containsExactly("hall", "hall");
        early.assertItem("snapshot at 42");
        late.assertItem("snapshot at 43");
        assertThat(reads.openReads()).isZero();
    }

    @Test
    void shouldFailEveryCallerOfAFailedReadAndReadAgainForTheNext() {
        var first = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());

        reader.values.get(0).completeExceptionally(new IllegalStateException("pool timeout"));

        first.assertFailedWith(IllegalStateException.class, "pool timeout");
        second.assertFailedWith(IllegalStateException.class, "pool timeout");
        assertThat(reads.openReads()).as("a failure before the closing point closes the read too").isZero();
        reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(reader.keys).hasSize(2);
    }

    @Test
    void shouldNotCancelTheSharedReadWhenOneCallerGoesAway() {
        var leaving = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());
        var staying = reads.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create());

        leaving.cancel();
        reader.values.get(0).complete("snapshot at 42");

        staying.assertItem("snapshot at 42");
        assertThat(reader.values.get(0)).isCompletedWithValue("snapshot at 42");
    }

    @Test
    void shouldNotReadUntilSomeoneSubscribes() {
        Uni<String> notYet = reads.get("hall");

        assertThat(reader.keys).isEmpty();
        notYet.subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(reader.keys).containsExactly("hall");
    }

    @Test
    void shouldFailTheCallersAndNotLeaveTheReadOpenWhenTheReaderThrows() {
        SharedReads<String, String> throwing = new SharedReads<>((key, closing) -> {
            throw new IllegalStateException("no Vert.x context");
        });

        throwing.get("hall").subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(IllegalStateException.class, "no Vert.x context");

        assertThat(throwing.openReads()).isZero();
    }
}
