package io.newsprep.publisher;

import io.newsprep.input.Dump;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the publisher of a dump, trying in order: the page's URL (metadata or a URL line), a
 * copyright line, an "Original Source:" note, a publisher profile's recognisers, and the first folder
 * below the input folder. When nothing names a publisher the answer is unknown: a guess would be
 * worse. A profile that matches the domain found supplies the canonical name. Thread-safe.
 */
public final class PublisherTagger {

    private static final Pattern DATE_OR_NUMBER = Pattern.compile("[\\d\\s._-]+");
    /** Copyright lines are read from the end of a dump only: earlier ones are mostly photo credits. */
    private static final double COPYRIGHT_REGION = 0.4;

    private final PublisherProfiles profiles;

    public PublisherTagger() {
        this(PublisherProfiles.bundled());
    }

    public PublisherTagger(PublisherProfiles profiles) {
        this.profiles = profiles;
    }

    public static PublisherTagger withDefaults() {
        return new PublisherTagger();
    }

    public PublisherProfiles profiles() {
        return profiles;
    }

    public PublisherIdentification identify(Dump dump) {
        List<String> lines = dump.lines();
        PublisherIdentification found = byUrl(dump);
        if (found == null) {
            found = byCopyright(lines);
        }
        if (found == null) {
            found = bySourceNote(lines);
        }
        if (found == null) {
            PublisherProfile p = profiles.recognise(lines);
            if (p != null) {
                found = new PublisherIdentification(new PublisherTag(p.domain(), p.name(), PublisherMethod.PROFILE), p);
            }
        }
        if (found == null) {
            found = byFolder(dump.file().relativePath());
        }
        return found == null ? PublisherIdentification.UNKNOWN : found;
    }

    /**
     * An identification {@link #identify} made earlier, rebuilt from its tag and its profile's id; null when no
     * profile here has that id.
     */
    public PublisherIdentification restore(PublisherTag tag, String profileId) {
        if (profileId == null) {
            return new PublisherIdentification(tag, null);
        }
        PublisherProfile p = profiles.byId(profileId);
        return p == null ? null : new PublisherIdentification(tag, p);
    }

    private PublisherIdentification byUrl(Dump dump) {
        String url = dump.metadata().url();
        if (url == null) {
            url = UrlLineFinder.find(dump.lines());
        }
        String domain = RegistrableDomain.of(url);
        if (domain == null) {
            return null;
        }
        String siteName = dump.metadata().siteName();
        String name = siteName != null && PublisherName.isPlausible(siteName) && !siteName.contains("://") ? siteName : null;
        return withProfile(domain, name, PublisherMethod.URL);
    }

    private PublisherIdentification byCopyright(List<String> lines) {
        int regionStart = (int) (lines.size() * (1 - COPYRIGHT_REGION));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            boolean inRegion = i >= regionStart || CopyrightLineParser.hasReservedPhrase(line);
            if (!inRegion || !CopyrightLineParser.isCopyrightLine(line)) {
                continue;
            }
            PublisherMention m = CopyrightLineParser.parse(line);
            if (m != null) {
                String name = SiteBrand.of(m.name(), lines);
                if (name == null && m.domain() == null) {
                    continue;
                }
                return fromMention(new PublisherMention(m.domain(), name), PublisherMethod.COPYRIGHT);
            }
        }
        return null;
    }

    private PublisherIdentification bySourceNote(List<String> lines) {
        for (String line : lines) {
            PublisherMention m = SourceNoteParser.parse(line);
            if (m != null) {
                return fromMention(m, PublisherMethod.SOURCE_NOTE);
            }
        }
        return null;
    }

    private PublisherIdentification byFolder(String relativePath) {
        int slash = relativePath == null ? -1 : relativePath.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String folder = relativePath.substring(0, slash).strip();
        PublisherProfile p = profiles.byId(folder);
        if (p == null && RegistrableDomain.isDomainName(folder)) {
            p = profiles.byDomain(folder);
        }
        if (p != null) {
            return new PublisherIdentification(new PublisherTag(p.domain(), p.name(), PublisherMethod.FOLDER), p);
        }
        if (RegistrableDomain.isDomainName(folder)) {
            return new PublisherIdentification(new PublisherTag(RegistrableDomain.of(folder), null, PublisherMethod.FOLDER), null);
        }
        // folders named by date or number ("2024", "2024-11-04") say nothing about the publisher
        if (DATE_OR_NUMBER.matcher(folder).matches() || !PublisherName.isPlausible(folder)) {
            return null;
        }
        return new PublisherIdentification(new PublisherTag(null, folder, PublisherMethod.FOLDER), null);
    }

    private PublisherIdentification fromMention(PublisherMention m, PublisherMethod method) {
        if (m.domain() != null) {
            return withProfile(m.domain(), m.name(), method);
        }
        PublisherProfile p = profiles.byName(m.name());
        if (p != null) {
            return new PublisherIdentification(new PublisherTag(p.domain(), p.name(), method), p);
        }
        return new PublisherIdentification(new PublisherTag(null, m.name(), method), null);
    }

    private PublisherIdentification withProfile(String domain, String name, PublisherMethod method) {
        PublisherProfile p = profiles.byDomain(domain);
        if (p != null) {
            return new PublisherIdentification(new PublisherTag(domain, p.name() != null ? p.name() : name, method), p);
        }
        return new PublisherIdentification(new PublisherTag(domain, name, method), null);
    }
}
