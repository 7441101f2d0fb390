package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.testing.CompiledClasses;

/**
 * Every user-facing word is written in Vietnamese in its bundle, and English in the bundle's
 * {@code _en.properties}. A word without its English line falls back to Vietnamese on an English
 * page, silently; a line left over after its word was removed is dead weight. Every bundle is read,
 * the next one too, not a list someone has to remember to extend.
 */
class EnglishBundlesTest {

    /** The screens' and the kiosk's words: a JSON file a language, served with the pages. */
    @ParameterizedTest
    @ValueSource(strings = {"/META-INF/resources/display/messages/", "/META-INF/resources/kiosk/messages/"})
    void shouldHaveAnEnglishLineForEveryVietnameseWordOfThePages(String folder) throws Exception {
        List<String> vietnamese = keysOf(folder + "vi.json");
        assertThat(vietnamese).as(folder).isNotEmpty();
        assertThat(keysOf(folder + "en.json")).as("English words in %s for each Vietnamese one, and none left over", folder)
                .containsExactlyInAnyOrderElementsOf(vietnamese);
    }

    /** A message file's keys, a nested one by its path ("closed.title"). */
    private List<String> keysOf(String file) throws Exception {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            collect(new ObjectMapper().readTree(in), "", keys);
        }
        return keys;
    }

    private static void collect(JsonNode node, String path, List<String> keys) {
        if (!node.isObject()) {
            keys.add(path);
            return;
        }
        node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), keys));
    }

    @Test
    void shouldHaveAnEnglishLineForEveryVietnameseWordOfEveryBundle() throws Exception {
        var bundles = CompiledClasses.annotatedWith(MessageBundle.class);
        assertThat(bundles).extracting(Class::getSimpleName).contains("StaffMessages", "AdminMessages", "ProblemWords");
        for (Class<?> bundle : bundles) {
            String file = "/messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_en.properties";
            Properties english = new Properties();
            try (InputStream in = getClass().getResourceAsStream(file)) {
                assertThat(in).as(file + " for " + bundle.getSimpleName()).isNotNull();
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            var words = Arrays.stream(bundle.getDeclaredMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()))
                    .map(Method::getName).toList();
            assertThat(english.stringPropertyNames()).as("an English line in %s for each word of %s, and none left over",
                    file, bundle.getSimpleName()).containsExactlyInAnyOrderElementsOf(words);
        }
    }
}
