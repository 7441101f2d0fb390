package org.onedoor.ticket;

/** Why a kiosk cannot give a ticket of a field now; staff at the guidance desk may still issue one. */
public enum FieldClosure {
    /** The manager stopped the field (not taking tickets today). */
    INACTIVE,
    /** No counter serves the field: nobody could call the ticket. */
    NO_COUNTER,
    /** Today's numbers of the field are used up (its daily cap, or its number block). */
    CAP_REACHED;

    /** Why a field cannot be taken now, or null when it can. */
    public static FieldClosure of(org.onedoor.catalog.Field field, FloorState floor, int issuedToday) {
        if (!field.active) {
            return INACTIVE;
        }
        if (floor.countersServing(field.id).isEmpty()) {
            return NO_COUNTER;
        }
        return issuedToday >= field.maxNumber() ? CAP_REACHED : null;
    }
}
