package io.newsprep.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publisher from a copyright line: "© The Asia Business Daily(www.asiae.co.kr). All rights
 * reserved." gives name and domain; "Copyright © 2024 Name", "(c) 2019-2024 Name Inc." and "Name.
 * All rights reserved." give a name.
 */
final class CopyrightLineParser {

    private static final int MAX_LINE = 240;
    private static final Pattern MARKER = Pattern.compile("(?i)©|\\(c\\)|\\bcopyright\\b|\\ball rights reserved\\b");
    private static final Pattern RESERVED_TAIL = Pattern.compile("(?i)[\\s.,;|-]*\\ball rights reserved\\b.*$");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:\\s|©|\\(c\\)|copyright\\b|\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?|[,:.]|by\\b)+");
    private static final Pattern TRAILING_YEAR = Pattern.compile("[,\\s]+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*$");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\(?\\s*((?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/\\S*)?)\\s*\\)?");

    private CopyrightLineParser() {
    }

    static boolean isCopyrightLine(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        boolean candidate = line.indexOf('©') >= 0 || Text.containsIgnoreCase(line, "(c)")
                || Text.containsIgnoreCase(line, "copyright") || Text.containsIgnoreCase(line, "rights reserved");
        return candidate && MARKER.matcher(line).find();
    }

    /** The publisher this copyright line names, or null when it names none that can be trusted. */
    static PublisherMention parse(String line) {
        String s = line.strip();
        if (!isCopyrightLine(s)) {
            return null;
        }
        boolean explicit = s.matches("(?is).*(©|\\(c\\)|\\bcopyright\\b).*");
        s = RESERVED_TAIL.matcher(s).replaceFirst("");
        s = LEADING.matcher(s).replaceFirst("");
        String domain = null;
        Matcher d = DOMAIN.matcher(s);
        while (d.find()) {
            String candidate = RegistrableDomain.of(d.group(1));
            if (candidate != null) {
                domain = candidate;
                s = (s.substring(0, d.start()) + " " + s.substring(d.end())).strip();
                break;
            }
        }
        s = cutAtSentenceEnd(s);
        s = TRAILING_YEAR.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s\\p{Punct}]+|[\\s,;:|.\\-–]+$", "").strip();
        String name = PublisherName.isPlausible(s) && (explicit || s.split("\\s+").length <= 6) ? s : null;
        if (domain == null && name == null) {
            return null;
        }
        return new PublisherMention(domain, name);
    }

    /** "The Associated Press. This material may not be published" → "The Associated Press". */
    private static String cutAtSentenceEnd(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                    && !Character.isUpperCase(s.charAt(i - 1))) {
                return s.substring(0, i);
            }
        }
        int bar = s.indexOf(" | ");
        return bar > 0 ? s.substring(0, bar) : s;
    }
}
