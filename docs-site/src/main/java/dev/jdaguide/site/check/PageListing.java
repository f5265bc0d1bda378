package dev.jdaguide.site.check;

import dev.jdaguide.site.check.AsciidocPage.JavaListing;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A Java listing on a baked page, paired with the {@code [source,java]} block of the page source it was baked from.
 *
 * @param page the baked page
 * @param source the source block, or {@code null} when the page source has fewer Java blocks than the HTML
 * @param htmlLine the listing's line in the baked HTML
 * @param copiedText the text a reader copies from the page: the listing without its callout markers
 */
public record PageListing(BakedPage page, JavaListing source, int htmlLine, String copiedText) {

    /** Returns the Java listings of a page in document order, each paired with the source block in the same position. */
    public static List<PageListing> of(BakedPage page) {
        List<Element> codes = page.document().select("code[data-lang=java]");
        List<JavaListing> blocks = page.source() == null ? List.of() : page.source().javaListings();
        List<PageListing> listings = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            listings.add(new PageListing(page, i < blocks.size() ? blocks.get(i) : null, page.htmlLine(codes.get(i)),
                    copiedText(codes.get(i))));
        }
        return listings;
    }

    /** Returns the text of a listing without the callout badges that Asciidoctor puts where {@code // <1>} was. */
    static String copiedText(Element code) {
        Element copy = code.clone();
        for (Element callout : copy.select(".conum")) {
            Element next = callout.nextElementSibling();
            // With icons=font a callout is an <i class="conum"> followed by a <b>(1)</b> fallback.
            if (callout.tagName().equals("i") && next != null && next.tagName().equals("b")) {
                next.remove();
            }
            callout.remove();
        }
        StringBuilder text = new StringBuilder();
        for (String line : copy.wholeText().split("\n", -1)) {
            text.append(line.stripTrailing()).append('\n');
        }
        return text.toString().stripTrailing() + "\n";
    }

    /** Returns where the listing is in the page source, or in the baked HTML when it has no source block. */
    public SourceLine location() {
        if (source != null) {
            return new SourceLine(page.source().file(), source.line());
        }
        return page.source() != null ? new SourceLine(page.source().file(), 0) : new SourceLine(page.html(), htmlLine);
    }
}
