package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.CompiledClasses;

/**
 * RESTEasy Reactive reads a text/plain body into any type with a public constructor taking one
 * String (a record of one String component, say) or a static valueOf/fromString. An endpoint
 * whose JSON body is such a type, without a {@code @Consumes}, took the text "12" as bridge 12, and
 * an empty text body failed as a bare 400 outside the problem mappers. Two endpoints had it
 * (printer choice, voice-pack name); this keeps the next one from having it: such a body must say
 * which media types it takes.
 */
class TextBodiesTest {

    @Test
    void shouldNameTheMediaTypeOfEveryBodyThatTextCouldFill() throws Exception {
        List<String> open = bodiesTextCouldFill().stream()
                .filter(body -> !namesMediaTypes(body.resource(), body.method()))
                .map(TextBody::describe)
                .toList();
        assertThat(open).as("endpoints whose body text/plain would fill through a String constructor").isEmpty();
    }

    @Test
    void shouldSeeTheTwoBodiesThatOnceTookText() throws Exception {
        // the guard reads what it is meant to: the two cases it was written for are found as bodies
        // that text could fill, and pass only because they now name JSON
        assertThat(bodiesTextCouldFill()).extracting(body -> body.type().getSimpleName()).contains("KioskPrinter", "PackName");
    }

    private record TextBody(Class<?> resource, Method method, Class<?> type) {
        String describe() {
            return resource.getSimpleName() + "." + method.getName() + "(" + type.getSimpleName() + ")";
        }
    }

    private static List<TextBody> bodiesTextCouldFill() throws IOException, URISyntaxException, ClassNotFoundException {
        List<TextBody> found = new ArrayList<>();
        for (Class<?> resource : CompiledClasses.annotatedWith(Path.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                Parameter body = bodyOf(method);
                if (body != null && readableFromText(body.getType())) {
                    found.add(new TextBody(resource, method, body.getType()));
                }
            }
        }
        return found;
    }

    /** The parameter JAX-RS fills from the body: the one no parameter annotation of its own names. */
    private static Parameter bodyOf(Method method) {
        boolean takesBody = Stream.of(POST.class, PUT.class, PATCH.class, DELETE.class).anyMatch(method::isAnnotationPresent);
        if (!takesBody) {
            return null;
        }
        for (Parameter parameter : method.getParameters()) {
            if (Stream.of(parameter.getAnnotations()).noneMatch(TextBodiesTest::namesASource)) {
                return parameter;
            }
        }
        return null;
    }

    /** @PathParam, @QueryParam, @Context, @RestForm…: the value comes from elsewhere than the body. */
    private static boolean namesASource(Annotation annotation) {
        String name = annotation.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.");
    }

    private static boolean readableFromText(Class<?> type) {
        if (type == String.class || type.isPrimitive() || type.isArray()) {
            return false; // a text or bytes body is meant as such, and names its types where it takes one
        }
        try {
            if (Modifier.isPublic(type.getConstructor(String.class).getModifiers())) {
                return true;
            }
        } catch (NoSuchMethodException e) {
            // no String constructor: try the factories
        }
        for (String factory : List.of("valueOf", "fromString")) {
            try {
                if (Modifier.isStatic(type.getMethod(factory, String.class).getModifiers())) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // not this one
            }
        }
        return false;
    }

    private static boolean namesMediaTypes(Class<?> resource, Method method) {
        return method.isAnnotationPresent(Consumes.class) || resource.isAnnotationPresent(Consumes.class);
    }
}
