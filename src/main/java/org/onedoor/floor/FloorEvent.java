package org.onedoor.floor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One entry of a center's floor event log: what happened, with a per-center, strictly increasing
 * sequence number. Screens, the hardware bridge and reports all read this one vocabulary.
 *
 * @param seq        the center's sequence number; commit order equals sequence order
 * @param center     the center's code
 * @param occurredAt when it happened
 * @param body       what happened; its record name is the event type ({@code TicketCalled}…)
 */
public record FloorEvent(long seq, String center, Instant occurredAt,
        @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "type")
        @JsonSubTypes({
            @JsonSubTypes.Type(FloorEventBody.TicketIssued.class),
            @JsonSubTypes.Type(FloorEventBody.TicketCalled.class),
            @JsonSubTypes.Type(FloorEventBody.TicketRecalled.class),
            @JsonSubTypes.Type(FloorEventBody.TicketServing.class),
            @JsonSubTypes.Type(FloorEventBody.TicketDone.class),
            @JsonSubTypes.Type(FloorEventBody.TicketRated.class),
            @JsonSubTypes.Type(FloorEventBody.TicketNoShow.class),
            @JsonSubTypes.Type(FloorEventBody.TicketCancelled.class),
            @JsonSubTypes.Type(FloorEventBody.TicketTransferred.class),
            @JsonSubTypes.Type(FloorEventBody.CounterStateChanged.class),
            @JsonSubTypes.Type(FloorEventBody.NoticeChanged.class),
            @JsonSubTypes.Type(FloorEventBody.HoursChanged.class),
            @JsonSubTypes.Type(FloorEventBody.CenterRenamed.class),
            @JsonSubTypes.Type(FloorEventBody.LayoutChanged.class),
            @JsonSubTypes.Type(FloorEventBody.PrintRequested.class),
            @JsonSubTypes.Type(FloorEventBody.PrintFailed.class),
            @JsonSubTypes.Type(FloorEventBody.PrinterStateChanged.class),
            @JsonSubTypes.Type(FloorEventBody.QueueChanged.class)
        })
        FloorEventBody body) {

    public String type() {
        return body.getClass().getSimpleName();
    }
}
