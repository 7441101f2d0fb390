package org.onedoor.common;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Map;
import java.util.function.Function;

/**
 * A refused value named as the administration page's form names it. Bean Validation names the
 * API property ("username", "names[vi]"), which a manager who typed in the box labelled "Tên đăng
 * nhập" cannot match to anything on the page. A property no form sends keeps its API name.
 */
final class ValueLabels {

    private static final Map<String, Function<AdminMessages, String>> BY_PROPERTY = Map.ofEntries(
            Map.entry("username", AdminMessages::username),
            Map.entry("password", AdminMessages::password),
            Map.entry("displayName", AdminMessages::name),
            Map.entry("name", AdminMessages::name),
            Map.entry("label", AdminMessages::label),
            Map.entry("code", AdminMessages::code),
            Map.entry("names[vi]", AdminMessages::nameVi),
            Map.entry("names[en]", AdminMessages::nameEn),
            Map.entry("prefix", AdminMessages::prefix),
            Map.entry("colour", AdminMessages::colour),
            Map.entry("pictogram", AdminMessages::pictogram),
            Map.entry("dailyCap", AdminMessages::cap),
            Map.entry("serviceMinutes", AdminMessages::minutes),
            Map.entry("fields", AdminMessages::servedFields),
            Map.entry("displayAddress", AdminMessages::display),
            Map.entry("notice", AdminMessages::notice),
            Map.entry("priorityPolicy", AdminMessages::policy),
            Map.entry("priorityRatio", AdminMessages::ratio),
            Map.entry("kind", AdminMessages::kind),
            Map.entry("language", AdminMessages::language),
            Map.entry("header", AdminMessages::layoutHeader),
            Map.entry("footer", AdminMessages::layoutFooter));

    private ValueLabels() {
    }

    /**
     * The label for a violation's property path ("put.settings.names[vi].&lt;map value&gt;": the
     * method and its parameter first, then the property), in {@code language}.
     */
    static String of(String path, String language) {
        String property = property(path);
        Function<AdminMessages, String> label = BY_PROPERTY.get(property);
        return label == null ? property : label.apply(MessageBundles.get(AdminMessages.class, Localized.Literal.of(language)));
    }

    /** The property a path ends in, with a map's key kept ("names[vi]"): the method and parameter nodes dropped. */
    static String property(String path) {
        String[] nodes = path.split("\\.");
        String last = "";
        for (int i = 0; i < nodes.length; i++) {
            String node = nodes[i];
            if (!node.startsWith("<")) {
                last = node;
            } else if (node.contains("[") && !last.contains("[")) {
                last = last + node.substring(node.indexOf('[')); // "names.<map value>[vi]": the key is the value's
            }
        }
        return last;
    }
}
