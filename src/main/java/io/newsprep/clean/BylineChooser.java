package io.newsprep.clean;

import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the article's own byline among the lines around its headline, by a transparent score whose weights are a
 * data file ({@code clean/byline-choice.tsv}): a byline cue counts most, a bare name line less, a date beside it
 * helps, and every line away from the headline, a place above it or inside the body costs. Bylines of related
 * stories and comments lie after the body or far from the headline and lose. The names become person names
 * ({@link AuthorNames}); a candidate left without a person's name is no candidate.
 */
final class BylineChooser {

    /** How far around the headline and the first paragraph a byline is looked for. */
    private static final int REACH_BELOW = 4;
    private static final int REACH_ABOVE = 8;
    private static final int MAX_SPAN = 40;
    /** Lines right below the last kept line where a byline closing the article is looked for. */
    private static final int BELOW_BODY = 2;
    /** An explicit label ("Author: Lok") vouches even for a one-word name. */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(?:author|authors|autor|autore|auteur|автор|penulis|yazar|작성자|著者)\\s*:.*$");
    private static final int INSIDE_BODY_SLACK = 2;
    private static final int MAX_BARE_WORDS = 4;
    /** Two names glued to a word of the page ("Meg JamesStaff Writer", "Eric SongBy Eric Song"). */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=(?:By|Staff|Writer|View|Biography|Follow|"
            + "Updated|Published|Posted|More)\\b)");
    private static final Pattern GLUED_BY = Pattern.compile("^.*?\\p{Ll} (By\\s+\\S.*)$");
    private static final Pattern DATE_THEN_BY = Pattern.compile("(?i)^.*\\d.*?\\s(?:by|von|par|por|di|door|przez)\\s+(\\S.*)$");
    /** A name, a separator and a date or time ("Chris Davies - Nov 19, 2019, 10:31 pm CST"). */
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "^([^|·•\\-–—]{4,60}?)\\s+[|·•\\-–—/]\\s+.*(?:\\d{4}|\\d{1,2}:\\d{2}|\\d+\\s*(?:min|hour|day|h)).*$");
    private static final Pattern BARE_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|del|di|bin|al|la|le)){1,3}$");

    private static final Pattern HANDLE = Pattern.compile("\\s*@\\w{2,30}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    private final BylineParser parser;
    private final AuthorNames persons;
    private final Map<String, Double> weights = new HashMap<>();

    BylineChooser(BylineParser parser, AuthorNames persons, String weightsResource) {
        this.parser = parser;
        this.persons = persons;
        for (String[] row : ResourceTable.read(weightsResource)) {
            weights.put(row[0], Double.parseDouble(row[1]));
        }
    }

    static BylineChooser fromResources() {
        return new BylineChooser(BylineParser.fromResources(), AuthorNames.fromResources(), "/clean/byline-choice.tsv");
    }

    private double w(String name) {
        return weights.getOrDefault(name, 0.0);
    }

    /**
     * The authors of the best byline candidate, or an empty list. Candidates lie between the headline and the first
     * paragraph of the body (a few lines either side); the distance counted is to the nearer of the two.
     *
     * @param names          per line, the names the explicit rules read from it (empty when it is no byline)
     * @param isoDates       per line, the date the explicit rules read from it, or null
     * @param title          the headline's line, or -1
     * @param firstParagraph the first kept line that reads as a paragraph, or -1
     * @param lastKept       the last kept line (-1 when none): bylines below the body belong to other texts
     */
    List<String> choose(List<String> texts, List<List<String>> names, String[] isoDates, int title, int firstParagraph,
                        int lastKept) {
        int n = texts.size();
        if (title < 0 && firstParagraph < 0) {
            return List.of();
        }
        int from = title < 0 ? firstParagraph : firstParagraph < 0 ? title : Math.min(title, firstParagraph);
        int to = title < 0 ? firstParagraph : firstParagraph < 0 ? title : Math.max(title, firstParagraph);
        if (to - from > MAX_SPAN) {
            // headline and body far apart: one of them is wrong, so look only near the body
            from = firstParagraph >= 0 ? firstParagraph : title;
            to = from;
        }
        int first = Math.max(0, from - REACH_ABOVE);
        int last = Math.min(n - 1, to + REACH_BELOW);
        if (lastKept >= 0) {
            last = Math.min(last, lastKept);
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestLine = -1;
        Candidate[] found = new Candidate[n];
        int below = lastKept < 0 ? -1 : Math.min(n - 1, lastKept + BELOW_BODY);
        for (int k = first; k <= Math.max(last, below); k++) {
            boolean belowBody = k > last;
            if (k == title || belowBody && k <= lastKept) {
                continue;
            }
            Candidate c = candidate(texts, names, isoDates, k);
            found[k] = c;
            if (c == null) {
                continue;
            }
            boolean dated = c.dated || isoDates[k] != null || k > 0 && isoDates[k - 1] != null || k + 1 < n && isoDates[k + 1] != null;
            int away = belowBody ? k - lastKept : Math.min(title < 0 ? Integer.MAX_VALUE : Math.abs(k - title),
                    firstParagraph < 0 ? Integer.MAX_VALUE : Math.abs(k - firstParagraph));
            double score = (c.cue ? w("cue") : w("bare-name")) + (dated ? w("with-date") : 0)
                    + w("per-line-away") * Math.max(0, away - 1)
                    + (belowBody ? w("below-body") : 0)
                    + (!belowBody && k < from ? w("above-headline") : 0)
                    + (!belowBody && firstParagraph >= 0 && k > firstParagraph + INSIDE_BODY_SLACK ? w("inside-body") : 0);
            if (score > best) {
                best = score;
                bestLine = k;
            }
        }
        List<String> chosen = new ArrayList<>();
        if (bestLine >= 0) {
            // a byline of several lines ("Correspondent Jo Eun-ah" over "Reporter Ko Do-ye")
            for (int k = bestLine - 1; k >= 0 && found[k] != null && found[k].cue && found[bestLine].cue; k--) {
                chosen.addAll(0, found[k].names);
            }
            chosen.addAll(found[bestLine].names);
            for (int k = bestLine + 1; k < n && found[k] != null && found[k].cue && found[bestLine].cue; k++) {
                chosen.addAll(found[k].names);
            }
        }
        chosen = new ArrayList<>(new java.util.LinkedHashSet<>(chosen));
        return best >= w("accept") ? chosen : List.of();
    }

    private record Candidate(List<String> names, boolean cue, boolean dated) {
    }

    private Candidate candidate(List<String> texts, List<List<String>> names, String[] isoDates, int k) {
        String text = SPACES.matcher(texts.get(k)).replaceAll(" ").strip();
        String unglued = GLUED.matcher(text).replaceAll(" ");
        Matcher glued = GLUED_BY.matcher(unglued);
        if (glued.matches()) {
            unglued = glued.group(1);
        }
        List<String> found = !names.get(k).isEmpty() && unglued.equals(text) ? names.get(k) : parser.authors(unglued);
        if (found.isEmpty() && k > 0 && isOpenerAlone(texts.get(k - 1))) {
            found = parser.authors("By " + text);
        }
        if (found.isEmpty() && isoDates[k] != null) {
            Matcher m = DATE_THEN_BY.matcher(text);
            if (m.matches()) {
                found = parser.authors("By " + m.group(1));
            }
        }
        List<String> cued = persons.persons(found, LABEL.matcher(text).matches());
        if (!cued.isEmpty()) {
            return new Candidate(cued, true, false);
        }
        Matcher withDate = NAME_THEN_DATE.matcher(HANDLE.matcher(text).replaceAll("").replaceAll("  +", " "));
        String bare = withDate.matches() ? withDate.group(1).strip() : text;
        if (bare.split(" ").length <= MAX_BARE_WORDS && BARE_NAME.matcher(bare).matches()) {
            String p = persons.person(bare);
            if (p != null) {
                return new Candidate(List.of(p), false, withDate.matches());
            }
        }
        return null;
    }

    /**
     * The names of an author value from the page's metadata ("By TOM KRISHER, AP Auto Writer", "Jane Doe and John
     * Roe"): read as a byline; a value that does not read as one is kept whole.
     */
    List<String> split(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> found = parser.authors(v.toLowerCase(Locale.ROOT).startsWith("by ") ? v : "By " + v);
        if (found.isEmpty()) {
            return List.of(v.replaceFirst(",.*$", "").strip());
        }
        return found;
    }

    private static boolean isOpenerAlone(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
        return s.equals("by") || s.equals("von") || s.equals("par") || s.equals("por") || s.equals("door")
                || s.equals("przez") || s.equals("автор") || s.equals("author") || s.equals("written by");
    }
}
