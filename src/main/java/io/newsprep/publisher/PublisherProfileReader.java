package io.newsprep.publisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one publisher profile from its JSON data file:
 * <pre>
 * { "id": "asiae.co.kr", "domain": "asiae.co.kr", "name": "The Asia Business Daily",
 *   "recognisers": ["regex", ...], "chromeLines": ["exact line", ...], "chromePatterns": ["regex", ...] }
 * </pre>
 * Only {@code id} is required. Errors name the file and the field.
 */
final class PublisherProfileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublisherProfileReader() {
    }

    static PublisherProfile read(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("publisher profile " + origin + " is not valid JSON: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("publisher profile " + origin + " must be a JSON object");
        }
        String id = text(root, "id", origin);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("publisher profile " + origin + " has no \"id\"");
        }
        String domain = text(root, "domain", origin);
        if (domain != null) {
            String registrable = RegistrableDomain.of(domain);
            if (registrable == null) {
                throw new IllegalArgumentException("publisher profile " + origin + ": \"domain\" " + domain + " is not a domain name");
            }
            domain = registrable;
        }
        return new PublisherProfile(id.strip(), domain, text(root, "name", origin),
                patterns(root, "recognisers", origin, Pattern.MULTILINE), strings(root, "chromeLines", origin),
                patterns(root, "chromePatterns", origin, 0));
    }

    private static String text(JsonNode root, String field, String origin) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException("publisher profile " + origin + ": \"" + field + "\" must be a string");
        }
        String s = v.stringValue().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> strings(JsonNode root, String field, String origin) {
        JsonNode v = root.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("publisher profile " + origin + ": \"" + field + "\" must be a list of strings");
        }
        for (JsonNode x : v.values()) {
            if (!x.isString()) {
                throw new IllegalArgumentException("publisher profile " + origin + ": \"" + field + "\" must be a list of strings");
            }
            out.add(x.stringValue());
        }
        return out;
    }

    private static List<Pattern> patterns(JsonNode root, String field, String origin, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String regex : strings(root, field, origin)) {
            try {
                out.add(Pattern.compile(regex, flags));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "publisher profile %s: bad regular expression in \"%s\": %s", origin, field, e.getDescription()));
            }
        }
        return out;
    }
}
