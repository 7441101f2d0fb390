package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.CompiledClasses;

/**
 * Every change the API takes has its line in {@link AuditRoutes}: without one it is logged as
 * "other", worded as its method and address, and a manager reads "POST /api/centers/x/closed-days"
 * among the settings. The closed dates' two changes came without their lines; this finds the next.
 */
class AuditRoutesTest {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(POST.class, "POST", PUT.class, "PUT",
            PATCH.class, "PATCH", DELETE.class, "DELETE");

    /**
     * Changes logged by the address their answer gives (AuditFilter: a 201's Location, a device
     * paired by its code), which have their lines; and a new screen's anonymous request for a code.
     */
    private static final Set<String> LOGGED_ELSEWHERE = Set.of("POST /api/centers", "POST /api/centers/{center}/tickets",
            "POST /api/users", "POST /api/devices/{center}", "POST /api/pairing/{center}/claim", "POST /api/pairing");

    @Test
    void shouldWordEveryChangeTheApiTakes() throws Exception {
        List<String> changes = new ArrayList<>();
        for (Class<?> resource : CompiledClasses.annotatedWith(Path.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                for (var verb : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        changes.add(verb.getValue() + " " + template(resource, method));
                    }
                }
            }
        }
        assertThat(changes).as("the API's changes").contains("PATCH /api/centers/{center}", "POST /api/tickets/{id}/complete");
        List<String> unworded = changes.stream().filter(c -> !LOGGED_ELSEWHERE.contains(c))
                .filter(c -> AuditRoutes.kindOf(c.substring(0, c.indexOf(' ')), sample(c.substring(c.indexOf(' ') + 1))) == AuditKind.OTHER)
                .sorted().toList();
        assertThat(unworded).as("changes with no line in AuditRoutes").isEmpty();
    }

    private static String template(Class<?> resource, Method method) {
        String path = resource.getAnnotation(Path.class).value();
        Path own = method.getAnnotation(Path.class);
        if (own != null) {
            path = path.replaceAll("/$", "") + (own.value().startsWith("/") ? "" : "/") + own.value();
        }
        return path.replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
    }

    /** An address of the template, each part a value (a regex in a part, "{file: .+}", is dropped above). */
    private static String sample(String template) {
        return template.replaceAll("\\{\\w+}", "x1");
    }
}
