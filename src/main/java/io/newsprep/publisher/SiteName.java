package io.newsprep.publisher;

/**
 * The name readers know a document's site by and how it was found: {@code html_meta} (the page's publisher or
 * og:site_name tags), {@code page_title} (the end of the page's title, "… | The Guardian"), {@code feed_title}
 * (the name the page's feed links carry), {@code ranked} (a text dump's best candidate, {@link SiteNameRanker}),
 * else how the publisher was identified ({@link PublisherMethod}).
 * Both are null when no name can be trusted.
 */
public record SiteName(String name, String method) {

    public static final SiteName NONE = new SiteName(null, null);
}
