package io.newsprep.publisher;

import io.newsprep.text.Alternation;
import io.newsprep.text.ResourceTable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publisher from a copyright line: "© The Asia Business Daily(www.asiae.co.kr). All rights
 * reserved." gives name and domain; "Copyright © 2024 Name", "(c) 2019-2024 Name Inc.", "ⓒ Name"
 * and "Name. All rights reserved." (also in other languages) give a name. Links such as
 * "Copyright Policy" are not copyright lines.
 */
final class CopyrightLineParser {

    private static final int MAX_LINE = 240;
    private static final Pattern SYMBOL = Pattern.compile("(?iu)[©ⓒ]|\\([cс]\\)");
    private static final Pattern MARKER = Pattern.compile("(?iu)[©ⓒ]|\\([cс]\\)|\\bcopyrights?\\b");
    private static final Pattern RESERVED = Pattern.compile("(?iu)[\\s.,;|-]*(?:\\ball rights reserved\\b"
            + "|\\btodos os direitos reservados\\b|\\btodos los derechos reservados\\b|\\btous droits réservés"
            + "|\\balle rechte vorbehalten\\b|\\btutti i diritti riservati\\b|все права защищены"
            + "|\\bhak cipta dilindungi\\b|版权所有|무단\\s?전재).*$");
    private static final Pattern LEADING = Pattern.compile(
            "(?iu)^(?:\\s|[©ⓒ]|\\([cс]\\)|copyrights?\\b|\\d{4}|[-–,:.]|by\\b)+");
    private static final Pattern BULLETS = Pattern.compile("^[\\s*•·|>\\-–]+");
    private static final Pattern TRAILING_YEAR = Pattern.compile("[,\\s]+\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?[.\\s]*$");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\(?\\s*((?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/\\S*)?)\\s*\\)?");
    /** A company or name abbreviation as the last word, whose full stop belongs to the name. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|\\s)(?:"
            + Alternation.of(ResourceTable.words(PublisherName.WORDS, "abbreviation")) + ")$");
    private static final Pattern TIDY_START = Pattern.compile("^[\\s\\p{Punct}]+");
    private static final Pattern TIDY_END = Pattern.compile("[\\s,;:|\\-–]+$");
    /** One or two capitalised words, the start of a name written with its domain's ending. */
    private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private CopyrightLineParser() {
    }

    static boolean isCopyrightLine(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        return hasHint(line) && (MARKER.matcher(line).find() || RESERVED.matcher(line).find());
    }

    /** One pass over the line looking for the start of a copyright sign or word, before any regex runs. */
    private static boolean hasHint(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '©', 'ⓒ':
                    return true;
                case '(':
                    if (i + 2 < line.length() && "cCсС".indexOf(line.charAt(i + 1)) >= 0 && line.charAt(i + 2) == ')') {
                        return true;
                    }
                    break;
                case 'c', 'C':
                    if (startsWord(line, i, "copyright")) {
                        return true;
                    }
                    break;
                case 'r', 'R':
                    if (startsWord(line, i, "reserv") || startsWord(line, i, "riservati")) {
                        return true;
                    }
                    break;
                case 'v', 'V':
                    if (startsWord(line, i, "vorbehalten")) {
                        return true;
                    }
                    break;
                case 'd', 'D':
                    if (startsWord(line, i, "dilindungi")) {
                        return true;
                    }
                    break;
                case 'з', 'З':
                    if (startsWord(line, i, "защищены")) {
                        return true;
                    }
                    break;
                case '版':
                    if (line.startsWith("版权", i)) {
                        return true;
                    }
                    break;
                case '무':
                    if (line.startsWith("무단", i)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Whether the lower-case word starts at i, case ignored as {@link String#regionMatches(boolean, int, String, int, int)}
     * ignores it. Most letters that open a hint start no hint word, so the character after them is looked at
     * first: an ASCII one that differs from the word's second letter in more than case rules it out.
     */
    private static boolean startsWord(String line, int i, String word) {
        if (i + 1 >= line.length()) {
            return false;
        }
        char next = line.charAt(i + 1);
        return (next >= 0x80 || (next | 0x20) == word.charAt(1)) && line.regionMatches(true, i, word, 0, word.length());
    }

    static boolean hasReservedPhrase(String line) {
        return isCopyrightLine(line) && RESERVED.matcher(line).find();
    }

    /** The publisher this copyright line names, or null when it names none that can be trusted. */
    static PublisherMention parse(String line) {
        String s = BULLETS.matcher(line.replace('\u00a0', ' ').strip()).replaceFirst("");
        if (!isCopyrightLine(s)) {
            return null;
        }
        Matcher reserved = RESERVED.matcher(s);
        boolean hasReserved = reserved.find();
        if (!hasReserved && !SYMBOL.matcher(s).find() && !YEAR.matcher(s).find()) {
            return null; // "Copyright Policy", "Copyright notice": links, not notices
        }
        if (hasReserved) {
            s = s.substring(0, reserved.start());
        }
        s = afterLastMarker(s);
        s = LEADING.matcher(s).replaceFirst("");
        String domain = null;
        Matcher d = DOMAIN.matcher(s);
        while (d.find()) {
            String candidate = RegistrableDomain.of(d.group(1));
            if (candidate != null) {
                String before = s.substring(0, d.start()).strip();
                String joined = writtenAsName(before, d.group(1));
                if (joined != null) {
                    domain = RegistrableDomain.of(joined);
                    break; // "© Le Monde.fr": the name is written with its domain's ending, and stays whole
                }
                domain = candidate;
                s = (s.substring(0, d.start()) + " " + s.substring(d.end())).strip();
                break;
            }
        }
        s = cutAtSentenceEnd(s);
        s = TRAILING_YEAR.matcher(s).replaceFirst("");
        s = tidy(s);
        String name = PublisherName.isPlausible(s) ? s : null;
        if (domain == null && name == null) {
            return null;
        }
        return new PublisherMention(domain, name);
    }

    /**
     * The domain a name written with its domain's ending spells ("Le Monde.fr" → "LeMonde.fr", "Loopy Gadgets.com"):
     * a capitalised domain right after one or two capitalised words, or null when the domain stands apart from the
     * name before it ("Reuters, reuters.com").
     */
    private static String writtenAsName(String before, String domainText) {
        if (before.isEmpty() || !Character.isUpperCase(domainText.charAt(0)) || !NAME_WORDS.matcher(before).matches()) {
            return null;
        }
        String label = domainText.substring(0, domainText.indexOf('.'));
        return before.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT))
                ? null : before.replace(" ", "") + domainText;
    }

    /** The text after the last ©, (c) or "Copyright", where the holder's name is. */
    private static String afterLastMarker(String s) {
        Matcher m = MARKER.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? s : s.substring(end);
    }

    /** "The Associated Press. This material may not be published" → "The Associated Press". */
    private static String cutAtSentenceEnd(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) != '.' || s.charAt(i + 1) != ' ') {
                continue;
            }
            String before = s.substring(0, i);
            boolean initial = i >= 2 && Character.isUpperCase(s.charAt(i - 1)) && s.charAt(i - 2) == ' ';
            if (initial) {
                continue;
            }
            return ABBREVIATION.matcher(before).find() ? before + "." : before;
        }
        for (String separator : new String[] {" | ", " - ", " – ", " — "}) {
            int at = s.indexOf(separator);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        return s;
    }

    private static String tidy(String s) {
        String t = TIDY_END.matcher(TIDY_START.matcher(s).replaceAll("")).replaceAll("").strip();
        if (t.endsWith(".") && !ABBREVIATION.matcher(t.substring(0, t.length() - 1)).find()) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
