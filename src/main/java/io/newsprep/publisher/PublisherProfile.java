package io.newsprep.publisher;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What newsprep knows about one publisher, loaded from a data file: how to recognise its dumps,
 * its name and domain, and the chrome lines its pages carry.
 */
public record PublisherProfile(String id, String domain, String name, List<Pattern> recognisers,
                            List<String> chromeLines, List<Pattern> chromePatterns) {

    public PublisherProfile {
        recognisers = List.copyOf(recognisers);
        chromeLines = List.copyOf(chromeLines);
        chromePatterns = List.copyOf(chromePatterns);
    }
}
