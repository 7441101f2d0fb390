package org.onedoor.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * What the REST layer's JSON reader refuses beyond Jackson's defaults: anything after the first
 * value ({@code {"a":1}{"b":2}} was read as {@code {"a":1}}, a change nobody asked for) and a NUL
 * character in a text or a map's key (PostgreSQL cannot store one; it would fail the write as a 500),
 * and a fraction where a whole number belongs ({@code "counter":2.5} was read as counter 2).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("onedoor-strict-text").addDeserializer(String.class, new NoNulText())
                .addKeyDeserializer(String.class, new NoNulKey()));
    }

    /** The same for a map's keys (a field's names by language), which Jackson reads apart from values. */
    static final class NoNulKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key != null && key.indexOf('\0') >= 0) {
                return context.handleWeirdKey(String.class, key, "a key may not contain a NUL character (\\u0000)");
            }
            return key;
        }
    }

    static final class NoNulText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "a text may not contain a NUL character (\\u0000)");
            }
            return text;
        }
    }
}
