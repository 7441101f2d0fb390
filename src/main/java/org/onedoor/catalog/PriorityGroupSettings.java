package org.onedoor.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

public record PriorityGroupSettings(
        Map<String, @NotBlank(message = "{onedoor.name}") @Size(max = CatalogService.MAX_NAME) String> names,
        @Pattern(regexp = "[a-z0-9-]{1,64}") String icon,
        @Min(0) @Max(1000) Integer displayOrder,
        Boolean active) {
}
