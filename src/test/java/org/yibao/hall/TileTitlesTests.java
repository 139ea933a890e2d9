package org.yibao.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * One name per service: every entry of the hall (the home tiles, 医保查询 and 医保服务) opens a page whose heading is
 * the entry's own text, so an elderly person who tapped 家庭共济 lands on 家庭共济 and not on another name; and
 * 家庭共济 keeps that name on its own screens.
 */
class TileTitlesTests extends YibaoHttpTest {

    private static final Pattern ENTRY = Pattern.compile(
            "<a[^>]*href=\"(/[^\"]*)\"[^>]*id=\"((?:tile|q|s)-[^\"]+)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern GLYPH = Pattern.compile("<span class=\"glyph[^\"]*\"[^>]*>[^<]*</span>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    /** The entries of the home page: id to (path, text). */
    private static Map<String, String[]> entries(String html) {
        Map<String, String[]> out = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(html);
        while (m.find()) {
            String text = TAG.matcher(GLYPH.matcher(m.group(3)).replaceAll("")).replaceAll("").strip();
            out.put(m.group(2), new String[]{m.group(1), text});
        }
        return out;
    }

    private static String heading(String html) {
        Matcher m = H1.matcher(html);
        return m.find() ? TAG.matcher(m.group(1)).replaceAll("").strip() : "";
    }

    @Test
    void everyHallEntryOpensAPageHeadedWithTheEntrysOwnName() {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", "13800000001", "password", "Yibao2025"));
        Map<String, String[]> entries = entries(web.get("/").body());
        assertThat(entries).containsKeys("tile-insurance", "q-policies", "s-mutualAid", "s-chronicDisease");

        List<String> different = new ArrayList<>();
        entries.forEach((id, entry) -> {
            HttpResponse<String> page = web.get(entry[0]);
            String h1 = heading(page.body());
            if (page.statusCode() != 200 || !h1.equals(entry[1])) {
                different.add(id + " “" + entry[1] + "” → " + entry[0] + " " + page.statusCode() + " “" + h1 + "”");
            }
        });
        assertThat(different).as("entries whose page is headed otherwise").isEmpty();
    }

    @Test
    void familyMutualAidIsCalled家庭共济OnEachOfItsScreens() {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", "13800000001", "password", "Yibao2025"));
        for (String path : List.of("/services/mutual-aid", "/services/mutual-aid/notice", "/services/mutual-aid/records")) {
            String html = web.get(path).body();
            assertThat(heading(html)).as(path).startsWith("家庭共济");
            assertThat(html).as(path).doesNotContain("个人账户共济管理", "个人账户共济使用须知", "个人账户共济消费记录");
        }
    }
}
