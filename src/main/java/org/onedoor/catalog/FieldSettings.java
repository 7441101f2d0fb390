package org.onedoor.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A field as an admin defines it. Exactly one of {@code prefix} (A023) and {@code numberBlock}
 * (1023) must be given. A value left out keeps the field's; {@code dailyCap} 0 removes the cap.
 */
public record FieldSettings(
        Map<String, @NotBlank(message = "{onedoor.name}") @Size(max = CatalogService.MAX_NAME) String> names,
        @Pattern(regexp = "[A-Z]{1,2}", message = "{onedoor.prefix}") String prefix,
        @Min(1) @Max(9) Integer numberBlock,
        @Pattern(regexp = "[a-z0-9-]{1,64}") String pictogram,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{onedoor.colour}") String colour,
        @Min(1) @Max(480) Integer serviceMinutes,
        @Min(0) @Max(9999) Integer dailyCap,
        Boolean active,
        @Min(0) @Max(1000) Integer displayOrder) {
}
