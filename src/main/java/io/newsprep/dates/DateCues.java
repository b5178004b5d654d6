package io.newsprep.dates;

import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that say which date a line gives: its publication ("Published", "Publicado", "입력", "公開") or a later
 * change ("Updated", "Mis à jour", "수정", "更新"), or that the line is a photo's caption, whose date is the
 * photo's ("file photo", "Photo:", "via REUTERS", "사진"), from {@code /dates/date-cues.tsv}.
 */
public final class DateCues {

    /** What a cue says of the date after it. */
    public enum Kind { PUBLISHED, UPDATED, CAPTION }

    private record Cue(String phrase, Kind kind) {
    }

    private final List<Cue> cues;

    DateCues(List<String[]> rows) {
        List<Cue> list = new ArrayList<>();
        for (String[] row : rows) {
            list.add(new Cue(row[1].strip().toLowerCase(Locale.ROOT), Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT))));
        }
        this.cues = List.copyOf(list);
    }

    private static final class Holder {
        static final DateCues INSTANCE = new DateCues(ResourceTable.read("/dates/date-cues.tsv"));
    }

    public static DateCues fromResources() {
        return Holder.INSTANCE;
    }

    /** The kind of the cue that ends last in a text (the words before a date), or null when it holds none. */
    public Kind last(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Kind kind = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Cue cue : cues) {
            if (cue.kind() == Kind.CAPTION) {
                continue;
            }
            int at = lower.lastIndexOf(cue.phrase());
            while (at >= 0 && !startsWord(lower, at, cue.phrase())) {
                at = lower.lastIndexOf(cue.phrase(), at - 1);
            }
            if (at < 0) {
                continue;
            }
            int end = at + cue.phrase().length();
            if (end > bestEnd || end == bestEnd && cue.phrase().length() > bestLength) {
                bestEnd = end;
                bestLength = cue.phrase().length();
                kind = cue.kind();
            }
        }
        return kind;
    }

    /** Whether a text holds a cue of a kind anywhere, where a word starts (or anywhere, in scripts without spaces). */
    public boolean holds(String text, Kind kind) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue cue : cues) {
            if (cue.kind() != kind) {
                continue;
            }
            for (int at = lower.indexOf(cue.phrase()); at >= 0; at = lower.indexOf(cue.phrase(), at + 1)) {
                if (startsWord(lower, at, cue.phrase())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the phrase at this index starts a word of the text (anywhere, in scripts without spaces). */
    private static boolean startsWord(String lower, int at, String phrase) {
        return at == 0 || !Character.isLetter(lower.charAt(at - 1)) || !Character.isLetter(phrase.charAt(0))
                || ideographic(phrase);
    }

    /** Scripts written without spaces, where a cue may stand right after another word ("기사입력"). */
    private static boolean ideographic(String phrase) {
        Character.UnicodeScript script = Character.UnicodeScript.of(phrase.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
