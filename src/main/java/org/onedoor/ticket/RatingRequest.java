package org.onedoor.ticket;

import jakarta.validation.constraints.NotNull;

public record RatingRequest(@NotNull Satisfaction score) {
}
