package io.newsprep.clean;

import io.newsprep.text.Alternation;
import io.newsprep.text.LineShape;
import io.newsprep.text.ResourceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises byline lines and extracts the author names: drops e-mail addresses, city prefixes
 * ("Paris ="), role words ("Correspondent", "Reporter") and openers ("By", "Author:").
 */
final class BylineParser {

    /** The byline words: openers, roles, joiners and the chooser's cues. */
    static final String RESOURCE = "/clean/bylines.tsv";
    private static final Pattern EMAIL = Pattern.compile(FeatureExtractor.EMAIL_ADDRESS + "|\\[\\s*email\\s*protected\\s*\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    private static final Pattern CITY_PREFIX = Pattern.compile("^[\\p{L} .'-]{2,30}\\s*=\\s*");
    private static final Pattern OPENER_COLON = Pattern.compile("^\\s*:?\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[|,;:.]+$");
    private static final int MAX_WORDS = 14;
    /** Longer lines are not bylines; the bound also keeps the patterns below from costing more than a few lines' worth. */
    private static final int MAX_CHARS = 300;
    /** What follows the names after an opener: an outlet, a role or a date, set off by a separator. */
    private static final Pattern AFTER_NAMES = Pattern.compile("\\s+[|\\-–—/·•]\\s+");
    /** A list mark or comment mark before the opener ("• By Jane Doe", "* By Jane Doe", "// By Jane Doe"). */
    static final Pattern LEADING_MARK = Pattern.compile("^(?:[*•+□·>▪◦-]|//)\\s*");
    /** The first characters {@link #LEADING_MARK} allows. */
    static final String LEADING_MARK_STARTS = "*•+□·>▪◦-/";
    /** A bracketed aside ("(reporting)", "(photography)"): no part of a name. */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]{0,60}\\)");
    /** An address followed by its owner's name in brackets, as mail headers write it ("From: jo@example.org (Jo Roe)"). */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("(?:" + FeatureExtractor.EMAIL_ADDRESS
            + ")\\s*\\(([^()@]{3,60})\\)", Pattern.CASE_INSENSITIVE);
    /** What an e-mail address leaves behind ("Contact Jane Doe at"). */
    private static final Pattern DANGLING_AT = Pattern.compile("\\s+(?:at|@)[\\s.,;:]*$");

    private final List<String> prefixes;
    private final List<Pattern> roles = new ArrayList<>();
    private final List<String> roleWords;
    /** Where one name ends and the next begins. */
    private final Pattern nameSplit;
    /** The same in a byline written in capitals ("BY JO ROE AND ANN LEE"): a joiner only between spaces. */
    private final Pattern upperCaseNameSplit;
    private final Pattern authorName;
    /** A status after the names ("Updated 5 min ago"), up to the end of the line. */
    private final Pattern trailingStatus;
    /** A date or time after the names ("By Jane Doe November 19, 2019, 07:47 PM EST"). */
    private final Pattern trailingDate;
    private final Pattern trailingWhen;
    private static final String WEEKDAYS = LineShape.WEEKDAYS_RESOURCE;

    BylineParser(String resource) {
        prefixes = new ArrayList<>(ResourceTable.words(resource, "prefix"));
        roleWords = new ArrayList<>(ResourceTable.words(resource, "role"));
        nameSplit = Pattern.compile("\\s*(?:,|;|&|" + Alternation.of(ResourceTable.words(resource, "joiner"), "\\b", "\\b")
                + "|·|/|、|，)\\s*");
        upperCaseNameSplit = Pattern.compile("\\s*(?:,|;|&|·|/|、|，)\\s*|\\s+(?:" + Alternation.of(ResourceTable.words(resource, "joiner")
                .stream().map(j -> j.toUpperCase(Locale.ROOT)).toList()) + ")\\s+");
        authorName = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]*|\\p{Lu}\\.?)(?:[ -](?:\\p{Lu}[\\p{L}.'’-]*|\\p{Ll}{1,3}|"
                + Alternation.of(ResourceTable.words(resource, "particle"))
                + ")){0,4}$|^[\\p{IsHangul}]{2,4}$|^[\\p{IsHan}]{2,4}$"
                // scripts without letter case: two to four words of the script
                + "|^\\p{IsArabic}{2,}(?: \\p{IsArabic}{2,}){1,3}$|^\\p{IsDevanagari}{2,}(?: \\p{IsDevanagari}{2,}){1,3}$");
        // after the names only: "Posted by Jo Roe" and "Published by Jo Roe" open with a status word
        trailingStatus = Pattern.compile("(?<=\\S)\\s*\\b(?:" + Alternation.of(ResourceTable.words(resource, "status")) + ")\\b.*$",
                Pattern.CASE_INSENSITIVE);
        trailingDate = Pattern.compile("[\\s,|·•–—-]+(?:(?:" + Alternation.of(ResourceTable.words(resource, "date-opener"))
                + ")\\s+)?(?:(?:" + Alternation.of(ResourceTable.firstColumn(WEEKDAYS)) + ")\\.?,?\\s+)?"
                + "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}"
                + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2}(?:\\d{2})?\\b).*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "on" or "at" and a date or time soon after ("on 24/10/12", "at 1:12 pm Thursday, Aug 9")
        trailingWhen = Pattern.compile("\\s+(?:" + Alternation.of(ResourceTable.words(resource, "date-opener"))
                + "|at)\\s+(?=[^\\d]{0,12}\\d).*$", Pattern.CASE_INSENSITIVE);
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        prefixes.sort(longestFirst);
        roleWords.sort(longestFirst);
        for (String r : roleWords) {
            roles.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(r) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    static BylineParser fromResources() {
        return new BylineParser(RESOURCE);
    }

    /** A cheap test that rules out most lines before any pattern runs. */
    private boolean mayBeByline(String lower) {
        if (lower.indexOf('@') >= 0 || lower.contains("protected")) {
            return true;
        }
        for (String p : prefixes) {
            if (lower.startsWith(p) && lower.length() > p.length()
                    && (lower.charAt(p.length()) == ' ' || lower.charAt(p.length()) == ':')) {
                return true;
            }
        }
        for (String r : roleWords) {
            if (lower.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has at least that many spaces; stops counting there, since body lines have many. */
    private static boolean hasSpaces(String s, int atLeast) {
        int n = 0;
        for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
            if (++n >= atLeast) {
                return true;
            }
        }
        return false;
    }

    /** The author names when the line is a byline, or an empty list. */
    List<String> authors(String line) {
        return authors(line, null);
    }

    /**
     * As {@link #authors(String)}.
     *
     * @param lowerCaseLine the line in lower case ({@link Locale#ROOT}) when the caller has it, else null
     */
    List<String> authors(String line, String lowerCaseLine) {
        String s = withoutLeadingMark(line.strip());
        if (s.isEmpty() || s.length() > MAX_CHARS || hasSpaces(s, MAX_WORDS)) {
            return List.of();
        }
        boolean whole = s.length() == line.length();
        if (!mayBeByline(whole && lowerCaseLine != null ? lowerCaseLine : s.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return namesOf(s);
    }

    /** The names of a line that may be a byline (the cheap test passed), or an empty list. */
    private List<String> namesOf(String s) {
        Matcher owner = EMAIL_THEN_NAME.matcher(s);
        if (owner.find()) {
            String name = SPACES.matcher(owner.group(1)).replaceAll(" ").strip();
            if (authorName.matcher(name).matches()) {
                return List.of(name);
            }
        }
        boolean handleOnly = !EMAIL.matcher(s).find() && HANDLE.matcher(s).find();
        boolean hadEmail = EMAIL.matcher(s).find() || handleOnly;
        s = HANDLE.matcher(EMAIL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        if (hadEmail) {
            s = DANGLING_AT.matcher(s).replaceFirst("");
        }
        s = BRACKETED.matcher(s).replaceAll("");
        Matcher city = CITY_PREFIX.matcher(s);
        if (city.lookingAt()) {
            s = s.substring(city.end());
        }
        s = trailingDate.matcher(s).replaceFirst("");
        s = trailingWhen.matcher(s).replaceFirst("");
        s = trailingStatus.matcher(s).replaceFirst("");
        boolean opener = false;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String p : prefixes) {
            if (lower.startsWith(p) && lower.length() > p.length()
                    && (lower.charAt(p.length()) == ' ' || lower.charAt(p.length()) == ':')) {
                s = OPENER_COLON.matcher(s.substring(p.length())).replaceFirst("");
                opener = true;
                break;
            }
        }
        if (opener) {
            Matcher rest = AFTER_NAMES.matcher(s);
            if (rest.find()) {
                s = s.substring(0, rest.start());
            }
        }
        boolean role = false;
        String lowerNames = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < roles.size(); i++) {
            if (!lowerNames.contains(roleWords.get(i))) {
                continue;
            }
            Matcher m = roles.get(i).matcher(s);
            if (m.find()) {
                s = m.replaceAll(" ");
                role = true;
            }
        }
        if (!hadEmail && !opener && !role) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        String spaced = SPACES.matcher(s).replaceAll(" ").strip();
        boolean capitals = spaced.chars().noneMatch(Character::isLowerCase);
        for (String part : (capitals ? upperCaseNameSplit : nameSplit).split(spaced)) {
            String name = TRAILING_PUNCTUATION.matcher(part.strip()).replaceAll("").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!authorName.matcher(name).matches() || handleOnly && !opener && !role && name.indexOf(' ') < 0) {
                // what follows the names ("By Jane Doe, with John Roe in Washington") ends them; a line whose first
                // part is no name is no byline
                return names;
            }
            names.add(name);
        }
        return names;
    }

    /** The line without a leading mark ({@link #LEADING_MARK}); the pattern runs only on a line that starts with one. */
    private static String withoutLeadingMark(String stripped) {
        if (stripped.isEmpty() || LEADING_MARK_STARTS.indexOf(stripped.charAt(0)) < 0) {
            return stripped;
        }
        return LEADING_MARK.matcher(stripped).replaceFirst("");
    }
}
