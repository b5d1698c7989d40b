package gridloop.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Qute message bundle ({@code @MessageBundle} interface) has a file per language, {@code messages/<name>_<tag>.properties},
 * and each file has every message of the interface and nothing else. Qute itself falls back to the default language
 * for a missing key; this check makes a missing translation a failed test instead.
 */
public final class MessageBundleFiles {

    private MessageBundleFiles() {
    }

    /** @param languageTags e.g. {@code zh-CN}, {@code en} */
    public static void assertComplete(Class<?> bundle, String... languageTags) {
        Set<String> messages = Arrays.stream(bundle.getDeclaredMethods()).filter(method -> !method.isDefault())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        if (messages.isEmpty()) {
            throw new AssertionError(bundle.getName() + " declares no message: nothing to check");
        }
        String name = bundleName(bundle);
        for (String tag : languageTags) {
            String file = "messages/" + name + "_" + tag.replace('-', '_') + ".properties";
            Properties texts = load(bundle, file);
            Set<String> keys = texts.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(messages);
            missing.removeAll(keys);
            Set<String> unknown = new TreeSet<>(keys);
            unknown.removeAll(messages);
            Set<String> blank = keys.stream().filter(key -> texts.getProperty(key).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty() || !unknown.isEmpty() || !blank.isEmpty()) {
                throw new AssertionError(file + ": missing " + missing + ", not in " + bundle.getSimpleName() + " "
                        + unknown + ", blank " + blank);
            }
        }
    }

    /**
     * A plain resource bundle (e.g. Hibernate Validator's {@code ContributorValidationMessages}) has the same keys in
     * each language, in every jar or folder that has one.
     */
    public static void assertSameKeys(ClassLoader loader, String baseName, String... languageTags) {
        java.util.Map<String, java.util.Map<String, Set<String>>> byLocation = new java.util.TreeMap<>();
        for (String tag : languageTags) {
            String file = baseName + "_" + tag.replace('-', '_') + ".properties";
            try {
                for (java.net.URL url : java.util.Collections.list(loader.getResources(file))) {
                    String location = url.toString().substring(0, url.toString().length() - file.length());
                    Properties texts = new Properties();
                    try (InputStream in = url.openStream()) {
                        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    byLocation.computeIfAbsent(location, key -> new java.util.TreeMap<>()).put(tag,
                            new TreeSet<>(texts.stringPropertyNames()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (byLocation.isEmpty()) {
            throw new AssertionError("No " + baseName + " file: nothing to check");
        }
        byLocation.forEach((location, keysByTag) -> {
            if (keysByTag.size() != languageTags.length || new java.util.HashSet<>(keysByTag.values()).size() != 1) {
                throw new AssertionError(baseName + " at " + location + " differs between languages: " + keysByTag);
            }
        });
    }

    private static String bundleName(Class<?> bundle) {
        for (Annotation annotation : bundle.getAnnotations()) {
            if (annotation.annotationType().getName().equals("io.quarkus.qute.i18n.MessageBundle")) {
                try {
                    return (String) annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(bundle.getName() + " is not a @MessageBundle");
    }

    private static Properties load(Class<?> bundle, String file) {
        try (InputStream in = bundle.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("No " + file + " for " + bundle.getName());
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
