package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.tag.SourceProfile;

import java.util.ArrayList;
import java.util.List;

/** Decides for every line of a dump whether it is article text, and lifts the metadata lines out. */
public final class Cleaner {

    /** @param profile the publisher's profile, or null when none is known */
    public CleanedDocument clean(Dump dump, SourceProfile profile) {
        List<String> paragraphs = new ArrayList<>();
        List<LineVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < dump.lines().size(); i++) {
            String line = dump.lines().get(i).strip();
            if (!line.isEmpty()) {
                paragraphs.add(line);
                verdicts.add(new LineVerdict(i + 1, line, true, LineKind.BODY, "body"));
            }
        }
        return new CleanedDocument(null, List.of(), List.of(), null, null, paragraphs, verdicts);
    }
}
