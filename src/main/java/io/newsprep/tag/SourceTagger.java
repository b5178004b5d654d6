package io.newsprep.tag;

import io.newsprep.input.Dump;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the publisher of a dump, trying in order: the page's URL (metadata or a URL line), a
 * copyright line, an "Original Source:" note, a source profile's recognisers, and the first folder
 * below the input folder. When nothing names a publisher the answer is unknown: a guess would be
 * worse. A profile that matches the domain found supplies the canonical name. Thread-safe.
 */
public final class SourceTagger {

    private static final Pattern DATE_OR_NUMBER = Pattern.compile("[\\d\\s._-]+");
    /** Copyright lines are read from the end of a dump only: earlier ones are mostly photo credits. */
    private static final double COPYRIGHT_REGION = 0.4;

    private final SourceProfiles profiles;

    public SourceTagger() {
        this(SourceProfiles.bundled());
    }

    public SourceTagger(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    public static SourceTagger withDefaults() {
        return new SourceTagger();
    }

    public SourceProfiles profiles() {
        return profiles;
    }

    public SourceIdentification identify(Dump dump) {
        List<String> lines = dump.lines();
        SourceIdentification found = byUrl(dump);
        if (found == null) {
            found = byCopyright(lines);
        }
        if (found == null) {
            found = bySourceNote(lines);
        }
        if (found == null) {
            SourceProfile p = profiles.recognise(lines);
            if (p != null) {
                found = new SourceIdentification(new SourceTag(p.domain(), p.name(), SourceMethod.PROFILE), p);
            }
        }
        if (found == null) {
            found = byFolder(dump.file().relativePath());
        }
        return found == null ? SourceIdentification.UNKNOWN : found;
    }

    /**
     * An identification {@link #identify} made earlier, rebuilt from its tag and its profile's id; null when no
     * profile here has that id.
     */
    public SourceIdentification restore(SourceTag tag, String profileId) {
        if (profileId == null) {
            return new SourceIdentification(tag, null);
        }
        SourceProfile p = profiles.byId(profileId);
        return p == null ? null : new SourceIdentification(tag, p);
    }

    private SourceIdentification byUrl(Dump dump) {
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
        return withProfile(domain, name, SourceMethod.URL);
    }

    private SourceIdentification byCopyright(List<String> lines) {
        int regionStart = (int) (lines.size() * (1 - COPYRIGHT_REGION));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            boolean inRegion = i >= regionStart || CopyrightLineParser.hasReservedPhrase(line);
            if (!inRegion || !CopyrightLineParser.isCopyrightLine(line)) {
                continue;
            }
            PublisherMention m = CopyrightLineParser.parse(line);
            if (m != null) {
                return fromMention(m, SourceMethod.COPYRIGHT);
            }
        }
        return null;
    }

    private SourceIdentification bySourceNote(List<String> lines) {
        for (String line : lines) {
            PublisherMention m = SourceNoteParser.parse(line);
            if (m != null) {
                return fromMention(m, SourceMethod.SOURCE_NOTE);
            }
        }
        return null;
    }

    private SourceIdentification byFolder(String relativePath) {
        int slash = relativePath == null ? -1 : relativePath.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String folder = relativePath.substring(0, slash).strip();
        SourceProfile p = profiles.byId(folder);
        if (p == null && RegistrableDomain.isDomainName(folder)) {
            p = profiles.byDomain(folder);
        }
        if (p != null) {
            return new SourceIdentification(new SourceTag(p.domain(), p.name(), SourceMethod.FOLDER), p);
        }
        if (RegistrableDomain.isDomainName(folder)) {
            return new SourceIdentification(new SourceTag(RegistrableDomain.of(folder), null, SourceMethod.FOLDER), null);
        }
        // folders named by date or number ("2024", "2024-11-04") say nothing about the publisher
        if (DATE_OR_NUMBER.matcher(folder).matches() || !PublisherName.isPlausible(folder)) {
            return null;
        }
        return new SourceIdentification(new SourceTag(null, folder, SourceMethod.FOLDER), null);
    }

    private SourceIdentification fromMention(PublisherMention m, SourceMethod method) {
        if (m.domain() != null) {
            return withProfile(m.domain(), m.name(), method);
        }
        SourceProfile p = profiles.byName(m.name());
        if (p != null) {
            return new SourceIdentification(new SourceTag(p.domain(), p.name(), method), p);
        }
        return new SourceIdentification(new SourceTag(null, m.name(), method), null);
    }

    private SourceIdentification withProfile(String domain, String name, SourceMethod method) {
        SourceProfile p = profiles.byDomain(domain);
        if (p != null) {
            return new SourceIdentification(new SourceTag(domain, p.name() != null ? p.name() : name, method), p);
        }
        return new SourceIdentification(new SourceTag(domain, name, method), null);
    }
}
