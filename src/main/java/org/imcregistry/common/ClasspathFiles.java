package org.imcregistry.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Text files shipped inside the application (frameworks, demo records), found by pattern and read as UTF-8. */
public final class ClasspathFiles {

    private ClasspathFiles() {
    }

    /** The files matching a pattern such as {@code frameworks/*.json}, sorted by name. */
    public static List<Resource> find(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
