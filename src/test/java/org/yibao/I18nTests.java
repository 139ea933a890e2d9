package org.yibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two message bundles cannot drift, and no template carries a user-visible Chinese string of its own. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every bundle of one language merged; a key defined in two bundles is an error. */
    private static Properties language(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                Properties p = load(f);
                for (Object key : p.keySet()) {
                    assertThat(all).as("key %s defined twice", key).doesNotContainKey(key);
                }
                all.putAll(p);
            }
        }
        return all;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path zhFile : files.filter(f -> f.toString().endsWith("_zh_CN.properties")).toList()) {
                Path enFile = Path.of(zhFile.toString().replace("_zh_CN.properties", "_en.properties"));
                assertThat(enFile).as("English bundle beside " + zhFile).exists();
                Set<Object> zh = new TreeSet<>(load(zhFile).keySet());
                Set<Object> en = new TreeSet<>(load(enFile).keySet());
                assertThat(en).as("keys of %s and %s", zhFile.getFileName(), enFile.getFileName()).isEqualTo(zh);
            }
        }
        assertThat(language("_en.properties").keySet()).isEqualTo(language("_zh_CN.properties").keySet());
    }

    @Test
    void templatesHoldNoHardCodedChinese() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (CJK.matcher(lines.get(i)).find()) {
                    offenders.add(TEMPLATES.relativize(template) + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties zh = language("_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!zh.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
