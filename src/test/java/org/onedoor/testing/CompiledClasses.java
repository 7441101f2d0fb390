package org.onedoor.testing;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.onedoor.common.Problem;

/** The server's own classes, as compiled: for guards that must cover every resource or bundle, the next one too. */
public final class CompiledClasses {

    private CompiledClasses() {
    }

    /** Every class of the server's (not the tests') that carries {@code annotation}; never none. */
    public static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, CompiledClasses.class.getClassLoader());
                if (type.isAnnotationPresent(annotation)) {
                    found.add(type);
                }
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("no class carries @" + annotation.getSimpleName() + " under " + root);
        }
        return found;
    }
}
