package org.onedoor.floor;

import org.onedoor.floor.FloorEventBody.QueueChanged;

/**
 * A QueueChanged and the center's event number its count saw. The count is read before the
 * center's event row is locked (holding that lock for the count would make every action of the
 * center wait for it), so another action may commit in between and the count miss it: the journal
 * then sees its events were not numbered right after {@code countedAtSeq}, and the queue is
 * counted again a moment later, under the lock ({@link QueueRecounts}).
 *
 * @param countedAtSeq the center's last event number in the count's snapshot; {@link #UNSURE} when
 *        the count cannot vouch for itself (the layout it used was not the one its snapshot held)
 */
public record QueueCount(QueueChanged body, long countedAtSeq) {

    /** Always counted again: no event number follows it. */
    public static final long UNSURE = -2;

    /** Whether events written from {@code firstSeq} on follow straight after what this count saw. */
    boolean followedBy(long firstSeq) {
        return countedAtSeq != UNSURE && firstSeq == countedAtSeq + 1;
    }
}
