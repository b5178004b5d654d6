package io.newsprep.input.html;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.PipelineFactory;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageParserTest {

    private static final String ARTICLE_PAGE = """
            <!doctype html>
            <html lang="en"><head>
            <title>Harbour reopens | Example Times</title>
            <link rel="canonical" href="https://www.example-times.co.uk/news/harbour-reopens">
            <meta property="og:url" content="https://example-times.co.uk/wrong">
            <meta property="og:title" content="Harbour reopens after two years">
            <meta property="og:site_name" content="Example Times">
            <meta property="article:section" content="Local">
            <meta property="article:author" content="https://www.example-times.co.uk/authors/jane">
            <meta name="author" content="Jane Doe">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "datePublished":"2024-03-05T09:30:00+01:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Tom Roe"}]}</script>
            <style>.x{color:red}</style>
            </head><body>
            <header><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></header>
            <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
            <div class="cookie-banner">We use cookies. Accept all</div>
            <main><article>
              <h1>Harbour reopens after two years</h1>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
              <p>The old harbour reopened on Tuesday after two years of repairs, and the first boats came in at dawn.</p>
              <h2>Fishermen return</h2>
              <p>Fishermen said the new quay, built with stone from the original walls, was higher and safer than before.</p>
              <ul><li>New quay of 300 metres</li><li>Two cranes, one of them electric</li></ul>
              <p>Line one<br>Line two</p>
              <p style="display: none">Hidden teaser text</p>
              <div aria-hidden="true">Screen reader junk</div>
              <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
              <form><button>Subscribe</button></form>
              <aside>Read more: other stories</aside>
            </article></main>
            <div class="related-articles"><a href="/1">Other story one</a><a href="/2">Other story two</a><a href="/3">Other story three</a></div>
            <footer>© Example Times. All rights reserved.</footer>
            <script>document.write('tracking');</script>
            </body></html>
            """;

    private final HtmlPageParser reader = new HtmlPageParser();

    @Test
    void keepsArticleBlocksAsLinesAndDropsChrome() {
        HtmlPageParser.HtmlPage page = reader.read(ARTICLE_PAGE, null);
        assertThat(page.lines()).containsExactly(
                "Harbour reopens after two years",
                "The old harbour reopened on Tuesday after two years of repairs, and the first boats came in at dawn.",
                "Fishermen return",
                "Fishermen said the new quay, built with stone from the original walls, was higher and safer than before.",
                "New quay of 300 metres",
                "Two cranes, one of them electric",
                "Line one",
                "Line two",
                "Cell A\tCell B");
    }

    @Test
    void aRowOfDataCellsIsOneLineButLayoutCellsStaySeparate() {
        String html = """
                <html><body><table>
                <tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
                <tr><td>1</td><td><a href="/d/1">Kyle Busch</a></td><td>5040</td></tr>
                </table>
                <table><tr><td><p>The story's first paragraph sits in a layout cell.</p></td>
                <td><div>Sidebar box</div></td></tr></table></body></html>
                """;
        assertThat(reader.read(html, null).lines()).containsExactly(
                "Pos.\tDriver\tPoints",
                "1\tKyle Busch\t5040",
                "The story's first paragraph sits in a layout cell.",
                "Sidebar box");
    }

    private static final String STORY = """
            <html><body>
            <div class="box"><p>Outside the story: a teaser for another article, long enough to be a paragraph.</p></div>
            <div class="story">
              <div class="photo">Photo: a caption in a div</div>
              <p>The first paragraph of the story, which says what happened, where and when it happened.</p>
              <p>The second paragraph adds the details, the names and the figures of the story.</p>
              <h3>Next steps</h3>
              <p>Three more lines.</p>
              <ul><li>First item</li><li>Second item</li></ul>
              <p>Source: <a href="https://example.org/report">https://example.org/report</a></p>
              <p><a href="/other">Read the other story on our site</a></p>
              <ul><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a> and text</li></ul>
              <h3>Share this</h3>
            </div>
            </body></html>
            """;

    @Test
    void marksTheTextBlocksOfTheMainBlockAsArticle() {
        HtmlPageParser.HtmlPage page = reader.read(STORY, null);
        assertThat(marked(page)).containsExactly(
                "The first paragraph of the story, which says what happened, where and when it happened.",
                "The second paragraph adds the details, the names and the figures of the story.",
                "Next steps",
                "Three more lines.",
                "First item",
                "Second item",
                "Source: https://example.org/report");
    }

    @Test
    void linksListsDivLabelsTrailingHeadingsAndTextOutsideTheMainBlockAreNotMarked() {
        HtmlPageParser.HtmlPage page = reader.read(STORY, null);
        assertThat(page.lines()).contains("Photo: a caption in a div", "Read the other story on our site", "Related one",
                "Share this", "Outside the story: a teaser for another article, long enough to be a paragraph.");
        assertThat(marked(page)).doesNotContain("Photo: a caption in a div", "Read the other story on our site",
                "Related one", "Related two and text", "Share this",
                "Outside the story: a teaser for another article, long enough to be a paragraph.");
    }

    @Test
    void anEmbeddedPostTheStoryQuotesStaysThoughItsWrapperIsNamedSocial() {
        String html = """
                <html><body><article>
                <p>The governor defended the campaign on Monday, and her office said it was working as planned.</p>
                <div class="social-share"><a href="#">Share</a> <a href="#">Tweet</a></div>
                <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The whole point is to raise
                awareness. <a href="https://t.co/x">https://t.co/x</a></p>— Governor (@gov)</blockquote></div>
                <p>Critics were not convinced, and the state's earlier campaigns drew the same kind of ridicule.</p>
                </article></body></html>
                """;
        List<String> lines = reader.read(html, null).lines();
        assertThat(lines).contains("The whole point is to raise awareness. https://t.co/x", "— Governor (@gov)");
        assertThat(lines).doesNotContain("Share Tweet");
    }

    @Test
    void aPageWithoutParagraphsMarksNothing() {
        HtmlPageParser.HtmlPage page = reader.read("<html><body><div>Only</div><div>divs here</div></body></html>", null);
        assertThat(page.marked().isEmpty()).isTrue();
    }

    private static List<String> marked(HtmlPageParser.HtmlPage page) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            if (page.marked().contains(i)) {
                out.add(page.lines().get(i));
            }
        }
        return out;
    }

    @Test
    void readsMetadataFromLinkMetaAndJsonLd() {
        PageMetadata m = reader.read(ARTICLE_PAGE, null).metadata();
        assertThat(m.url()).isEqualTo("https://www.example-times.co.uk/news/harbour-reopens");
        assertThat(m.title()).isEqualTo("Harbour reopens after two years");
        assertThat(m.published()).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.section()).isEqualTo("Local");
        assertThat(m.siteName()).isEqualTo("Example Times");
    }

    @Test
    void metadataFallsBackToH1TitleJsonLdAuthorsAndTimeElement() {
        String html = """
                <html><head><title>Page title</title>
                <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
                  {"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Lima"}}]}</script></head>
                <body><article><h1>Real headline</h1><time datetime="2023-12-01">1 Dec</time>
                <p>Body text that is long enough to count as a paragraph of the story.</p></article></body></html>
                """;
        PageMetadata m = reader.read(html, null).metadata();
        assertThat(m.title()).isEqualTo("Real headline");
        assertThat(m.authors()).containsExactly("Ana Lima");
        assertThat(m.published()).isEqualTo("2023-12-01");
        assertThat(m.url()).isNull();
    }

    @Test
    void metaDateFormsAreNormalisedToIso() {
        String html = "<html><head><meta name=\"pubdate\" content=\"2024-11-04 10:15:00+0900\"></head><body><p>x</p></body></html>";
        assertThat(reader.read(html, null).metadata().published()).isEqualTo("2024-11-04T10:15:00+09:00");
    }

    @Test
    void pageWrappedInOneFormKeepsItsArticleButSearchFormsGo() {
        String html = """
                <html><body><form id="aspnetForm" action="/page">
                <div class="search"><form><input name="q"><p>Search this site</p></form></div>
                <article><p>First paragraph of a story that sits inside a page-wide form.</p>
                <p>Second paragraph, which must survive as well.</p></article>
                </form></body></html>
                """;
        assertThat(reader.read(html, null).lines()).containsExactly(
                "First paragraph of a story that sits inside a page-wide form.",
                "Second paragraph, which must survive as well.");
    }

    @Test
    void longCommentThreadIsNotTakenForTheArticle() {
        String comment = "<div class=\"comment\"><div class=\"comment_content\"><div class=\"content\">"
                + "<p>I agree, but it raises a question, and another one, and yet another, about who was in charge.</p>"
                + "<p>Again, this is my opinion, my conjecture, my experience, and nothing more than that.</p></div></div></div>";
        String html = "<html><body class=\"has_sidebar\"><div class=\"layout penci_sidebar\"><div class=\"entry-content\">"
                + "<p>The article's only paragraph, a short report on a new laptop keyboard, is right here.</p></div>"
                + "<div id=\"comments\">" + comment.repeat(6) + "</div></div></body></html>";
        assertThat(reader.read(html, null).lines())
                .containsExactly("The article's only paragraph, a short report on a new laptop keyboard, is right here.");
    }

    @Test
    void survivesTenThousandLevelsOfNesting() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000)).append("<p>Deep text survives.</p>").append("</div>".repeat(10_000));
        sb.append("<p>Shallow text after the deep part.</p></body></html>");
        HtmlPageParser.HtmlPage page = reader.read(sb.toString(), null);
        assertThat(page.lines()).contains("Deep text survives.", "Shallow text after the deep part.");
    }

    @Test
    void pageThatIsAlmostAllScriptGivesOnlyItsText() {
        String script = "<script>" + "var a = '<p>not text</p>';\n".repeat(20_000) + "</script>";
        String html = "<html><head>" + script + "</head><body>" + script + "<p>The only visible sentence.</p>" + script + "</body></html>";
        HtmlPageParser.HtmlPage page = reader.read(html, null);
        assertThat(page.lines()).containsExactly("The only visible sentence.");
    }

    @Test
    void loaderRunsHtmlFilesThroughThePathAndKeepsTheUrl(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.htm");
        Files.writeString(f, ARTICLE_PAGE, StandardCharsets.UTF_8);
        Dump d = PipelineFactory.documentLoader().load(SourceFile.of(dir, f));
        assertThat(d.format()).isEqualTo(DumpFormat.HTML);
        assertThat(d.metadata().url()).isEqualTo("https://www.example-times.co.uk/news/harbour-reopens");
        assertThat(d.lines()).doesNotContain("Home", "World", "Facebook", "We use cookies. Accept all", "Other story one",
                "Hidden teaser text", "Screen reader junk", "Subscribe");
    }

    /**
     * Blocks of equal score: the first in the page is the main block, on every thread and in every run (the choice
     * once followed the identity hash codes of the elements, which vary with what other threads allocate).
     */
    @Test
    void ofBlocksOfEqualScoreTheFirstInThePageIsTheMainOne() throws Exception {
        StringBuilder page = new StringBuilder("<html><body>");
        String words = " of the council met on Tuesday, and the members spoke about the harbour, the ferry and the budget"
                + " for the coming years in a long session that ran well into the evening before a vote was taken";
        for (int i = 0; i < 12; i++) {
            page.append("<section><div><p>Block ").append((char) ('a' + i)).append(words).append(words)
                    .append(".</p></div></section>");
        }
        page.append("</body></html>");
        HtmlPageParser parser = new HtmlPageParser();
        List<Thread> threads = new ArrayList<>();
        List<String> mains = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int round = 0; round < 25; round++) {
                    HtmlPageParser.HtmlPage read = parser.read(page.toString(), "");
                    List<String> marked = new ArrayList<>();
                    for (int i = 0; i < read.lines().size(); i++) {
                        if (read.marked().contains(i)) {
                            marked.add(read.lines().get(i).substring(0, 7));
                        }
                    }
                    mains.add(String.join(",", marked));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(mains).hasSize(100).containsOnly("Block a");
    }
}
