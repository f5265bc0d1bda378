package dev.jdaguide.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageListingTests {

    @Test
    void copiedTextDropsCalloutBadge() {
        Element code = Jsoup.parse("<pre><code data-lang=\"java\">return x; <b class=\"conum\">(1)</b>\n"
                + "}</code></pre>").selectFirst("code");

        assertEquals("return x;\n}\n", PageListing.copiedText(code));
    }

    @Test
    void copiedTextDropsFontIconCallout() {
        Element code = Jsoup.parse("<pre><code data-lang=\"java\">go(); <i class=\"conum\" data-value=\"2\"></i>"
                + "<b>(2)</b></code></pre>").selectFirst("code");

        assertEquals("go();\n", PageListing.copiedText(code));
    }

    @Test
    void copiedTextDecodesEntities() {
        Element code = Jsoup.parse("<pre><code data-lang=\"java\">List&lt;String&gt; a;</code></pre>")
                .selectFirst("code");

        assertEquals("List<String> a;\n", PageListing.copiedText(code));
    }
}
