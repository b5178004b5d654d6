package io.newsprep.publisher;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.psl.DomainType;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

/**
 * Reduces a URL or host name to its registrable domain with the public suffix list
 * ({@code https://www.asiae.co.kr/article/1} → {@code asiae.co.kr}, {@code www.bbc.co.uk} → {@code bbc.co.uk}).
 */
public final class RegistrableDomain {

    private static final PublicSuffixMatcher SUFFIXES = PublicSuffixMatcherLoader.getDefault();
    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{1,62}");

    private RegistrableDomain() {
    }

    /** The registrable domain of a URL, host name or bare domain; null when there is none. */
    public static String of(String urlOrHost) {
        String host = host(urlOrHost);
        if (host == null) {
            return null;
        }
        return SUFFIXES.getDomainRoot(host, DomainType.ICANN);
    }

    /** Whether the text is a host name with a registrable domain ("news.az", "www.asiae.co.kr"), nothing more. */
    public static boolean isDomainName(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return HOST.matcher(t).matches() && SUFFIXES.getDomainRoot(t, DomainType.ICANN) != null;
    }

    private static String host(String urlOrHost) {
        if (urlOrHost == null) {
            return null;
        }
        String s = urlOrHost.strip().toLowerCase(Locale.ROOT);
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            s = IDN.toASCII(s).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return HOST.matcher(s).matches() ? s : null;
    }
}
