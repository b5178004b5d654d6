package io.newsprep.publisher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The known publishers: the profiles bundled in the jar ({@code publishers/index.txt} lists their
 * files) plus, optionally, the {@code *.json} profiles in a user's folder, which replace bundled
 * ones with the same id. Immutable and thread-safe.
 */
public final class PublisherProfiles {

    static final String RESOURCE_DIR = "/publishers/";
    static final int EDGE_LINES = 40;

    private final Map<String, PublisherProfile> byId;
    private final Map<String, PublisherProfile> byDomain = new LinkedHashMap<>();
    private final Map<String, PublisherProfile> byName = new LinkedHashMap<>();

    private PublisherProfiles(Collection<PublisherProfile> profiles) {
        Map<String, PublisherProfile> ids = new LinkedHashMap<>();
        for (PublisherProfile p : profiles) {
            ids.put(p.id().toLowerCase(Locale.ROOT), p);
        }
        this.byId = ids;
        for (PublisherProfile p : ids.values()) {
            if (p.domain() != null) {
                byDomain.put(p.domain(), p);
            }
            if (p.name() != null) {
                byName.put(p.name().toLowerCase(Locale.ROOT), p);
            }
        }
    }

    /**
     * A registry of the given profiles only. Recognisers see a dump's edge lines joined by newlines:
     * compile them with {@link Pattern#MULTILINE} for {@code ^} and {@code $} to mark line ends, as
     * profile files do.
     */
    public static PublisherProfiles of(Collection<PublisherProfile> profiles) {
        return new PublisherProfiles(profiles);
    }

    public static PublisherProfiles none() {
        return new PublisherProfiles(List.of());
    }

    /** The profiles shipped with newsprep. */
    public static PublisherProfiles bundled() {
        return new PublisherProfiles(readBundled());
    }

    /**
     * The bundled profiles plus every {@code *.json} file in {@code extraDir} (a user's own profiles
     * win over bundled ones with the same id). A null folder means bundled only.
     *
     * @throws IllegalArgumentException when the folder is missing or a profile is malformed (one-line message)
     */
    public static PublisherProfiles load(Path extraDir) {
        List<PublisherProfile> profiles = new ArrayList<>(readBundled());
        if (extraDir != null) {
            if (!Files.isDirectory(extraDir)) {
                throw new IllegalArgumentException("publisher profile folder not found: " + extraDir);
            }
            try (Stream<Path> files = Files.list(extraDir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .sorted().toList()) {
                    profiles.add(PublisherProfileReader.read(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read publisher profiles in " + extraDir + ": " + e.getMessage());
            }
        }
        return new PublisherProfiles(profiles);
    }

    public Collection<PublisherProfile> all() {
        return byId.values();
    }

    public PublisherProfile byId(String id) {
        return id == null ? null : byId.get(id.toLowerCase(Locale.ROOT));
    }

    /** The profile for a registrable domain (or any host under it). */
    public PublisherProfile byDomain(String domainOrHost) {
        String d = RegistrableDomain.of(domainOrHost);
        return d == null ? null : byDomain.get(d);
    }

    public PublisherProfile byName(String name) {
        return name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The first profile with a recogniser that finds a match in the dump, or null. Recognisers run
     * in multi-line mode ({@code ^} and {@code $} mark the ends of a line) over the first and last
     * {@value #EDGE_LINES} lines, where a site's chrome and copyright sit; the article between them
     * says nothing about the site and would only cost time.
     */
    public PublisherProfile recognise(List<String> lines) {
        if (byId.isEmpty()) {
            return null;
        }
        String text = lines.size() <= 2 * EDGE_LINES ? String.join("\n", lines)
                : String.join("\n", lines.subList(0, EDGE_LINES)) + "\n"
                        + String.join("\n", lines.subList(lines.size() - EDGE_LINES, lines.size()));
        for (PublisherProfile p : byId.values()) {
            for (Pattern r : p.recognisers()) {
                if (r.matcher(text).find()) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<PublisherProfile> readBundled() {
        List<PublisherProfile> profiles = new ArrayList<>();
        for (String file : resourceLines(RESOURCE_DIR + "index.txt")) {
            String json = String.join("\n", resourceLines(RESOURCE_DIR + file));
            profiles.add(PublisherProfileReader.read(json, RESOURCE_DIR + file));
        }
        return profiles;
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = PublisherProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!resource.endsWith("index.txt") || (!line.isBlank() && !line.strip().startsWith("#"))) {
                        lines.add(resource.endsWith("index.txt") ? line.strip() : line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
