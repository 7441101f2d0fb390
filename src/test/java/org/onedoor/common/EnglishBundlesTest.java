package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.CompiledClasses;

/**
 * Every user-facing word is written in Vietnamese in its bundle, and English in the bundle's
 * {@code _en.properties}. A word without its English line falls back to Vietnamese on an English
 * page, silently; a line left over after its word was removed is dead weight. Every bundle is read,
 * the next one too, not a list someone has to remember to extend.
 */
class EnglishBundlesTest {

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
