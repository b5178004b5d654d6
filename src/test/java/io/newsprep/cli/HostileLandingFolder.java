package io.newsprep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a landing folder full of what real crawls and careless copies leave behind: empty and binary files,
 * broken encodings, enormous lines and files, pathological HTML, awkward names, link loops and unreadable
 * entries. Nothing large is stored in the repository; every file is written here.
 */
final class HostileLandingFolder {

    /** Every entry the scanner must list, with the reject reason it must get, or null when any outcome is fine. */
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Path root;
    private final String seed;
    private boolean unreadableCovered;

    HostileLandingFolder(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        this.seed = Files.readString(Path.of("src/test/resources/seeds/003_9c25aca4a981ec4d.txt"), StandardCharsets.UTF_8);
    }

    Path root() {
        return root;
    }

    Map<String, String> expected() {
        return expected;
    }

    /** Whether a chmod 000 file could be made unreadable here (not when the tests run as root). */
    boolean unreadableCovered() {
        return unreadableCovered;
    }

    HostileLandingFolder generate() throws IOException, InterruptedException {
        emptyAndBinary();
        brokenEncodings();
        sizeExtremes();
        pathologicalHtml();
        patternTraps();
        awkwardNames();
        linksAndSpecialFiles();
        return this;
    }

    private void emptyAndBinary() throws IOException {
        write("empty.txt", new byte[0], "empty");
        write("whitespace-only.txt", " \n\t\r\n   \n\u00a0\n".getBytes(StandardCharsets.UTF_8), "empty");
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        write("random-bytes.txt", noise, "binary");
        write("photo.txt", png(), "binary");
        write("packed.txt", gzip(article("gzip named txt")), null);
    }

    private void brokenEncodings() throws IOException {
        byte[] text = article("invalid utf8").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        broken.write(text, 0, text.length / 2);
        broken.write(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, (byte) 0xe2, (byte) 0x82});
        broken.write(text, text.length / 2, text.length - text.length / 2);
        write("invalid-utf8-in-the-middle.txt", broken.toByteArray(), null);

        byte[] withCut = (article("cut at the end") + "Последнее слово").getBytes(StandardCharsets.UTF_8);
        write("multibyte-cut-at-end.txt", java.util.Arrays.copyOf(withCut, withCut.length - 1), null);

        String html = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\">"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">"
                + "<title>Café crème: l’été</title></head><body><h1>Café crème: l’été</h1>"
                + paragraphs(article("wrong charset declarations")) + "</body></html>";
        write("wrong-charset.html", html.getBytes(StandardCharsets.UTF_8), null);
        write("cr-only-line-ends.txt", article("old mac").replace("\n", "\r").getBytes(StandardCharsets.UTF_8), null);
    }

    private void sizeExtremes() throws IOException {
        try (Writer w = Files.newBufferedWriter(root.resolve("one-5mb-line.txt"), StandardCharsets.UTF_8)) {
            String sentence = "The committee met again on Tuesday and agreed to publish the figures next week. ";
            for (long written = 0; written < 5L * 1024 * 1024; written += sentence.length()) {
                w.write(sentence);
            }
        }
        expected.put("one-5mb-line.txt", null);

        try (OutputStream out = Files.newOutputStream(root.resolve("forty-megabytes.txt"))) {
            byte[] block = (article("too large") + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 40L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        expected.put("forty-megabytes.txt", "too_large");

        // under the 20 MB limit, but its article is too big to clean and write in a 256 MB heap
        try (OutputStream out = Files.newOutputStream(root.resolve("nineteen-megabytes.txt"))) {
            for (int copy = 0, written = 0; written < 19 * 1024 * 1024; copy++) {
                byte[] block = (article("copy " + copy) + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(block);
                written += block.length;
            }
        }
        expected.put("nineteen-megabytes.txt", "too_large");

        try (Writer w = Files.newBufferedWriter(root.resolve("200k-short-lines.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 200_000; i++) {
                w.write("item " + i + "\n");
            }
        }
        expected.put("200k-short-lines.txt", null);
    }

    /**
     * Long lines of what the line patterns look for (e-mail and web addresses, separators), without the rest of what
     * they look for: a pattern that tries again from every position of such a line takes hours on it.
     */
    private void patternTraps() throws IOException {
        StringBuilder text = new StringBuilder("Headline of a page that is mostly one line\n");
        for (String unit : new String[] {"a@", "a@b.", "a.comx", "www.a", " - ", "\t|"}) {
            text.append("By ").append(unit.repeat(100_000 / unit.length())).append("\n");
            text.append("x".repeat(50_000)).append(unit.repeat(50_000 / unit.length())).append("@x!\n");
        }
        write("pattern-traps.txt", text.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    private void pathologicalHtml() throws IOException {
        StringBuilder deep = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        deep.append("<div>".repeat(10_000)).append(paragraphs(article("nested ten thousand levels")))
                .append("</div>".repeat(10_000)).append("</body></html>");
        write("nested-10000-levels.html", deep.toString().getBytes(StandardCharsets.UTF_8), null);

        StringBuilder script = new StringBuilder("<html><head><script>\n");
        for (int i = 0; i < 150_000; i++) {
            script.append("var tracker").append(i).append(" = load('/pixel?id=").append(i).append("');\n");
        }
        script.append("</script></head><body><p>Short note.</p></body></html>");
        write("almost-all-script.html", script.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    private void awkwardNames() throws IOException {
        write("name with spaces.txt", article("spaces").getBytes(StandardCharsets.UTF_8), null);
        write("ünïcødé 日本語 ☃.txt", article("unicode name").getBytes(StandardCharsets.UTF_8), null);
        write("-leading-dash.txt", article("leading dash").getBytes(StandardCharsets.UTF_8), null);
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 30; level++) {
            deep.append("level-").append(level).append('/');
        }
        write(deep + "bottom.txt", article("thirty levels down").getBytes(StandardCharsets.UTF_8), null);
    }

    private void linksAndSpecialFiles() throws IOException, InterruptedException {
        Files.createSymbolicLink(root.resolve("dangling-link.txt"), Path.of("no-such-file.txt"));
        expected.put("dangling-link.txt", "unreadable");
        Files.createSymbolicLink(root.resolve("self-loop.txt"), Path.of("self-loop.txt"));
        expected.put("self-loop.txt", "unreadable");
        Files.createDirectories(root.resolve("cycle"));
        // a folder link back up the tree: must not be followed, or the scan never ends
        Files.createSymbolicLink(root.resolve("cycle/back-to-top"), Path.of(".."));

        Path locked = root.resolve("no-permission.txt");
        Files.writeString(locked, article("locked"), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        unreadableCovered = !Files.isReadable(locked);
        // root reads it anyway: then any outcome is right
        expected.put("no-permission.txt", unreadableCovered ? "unreadable" : null);

        // opening a FIFO for reading blocks until a writer comes: the run must not wait for one
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("named-pipe.txt").toString()).start();
        if (mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            expected.put("named-pipe.txt", "unreadable");
        }
    }

    private void write(String relative, byte[] content, String reason) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        expected.put(relative, reason);
    }

    /** A realistic article made unique by the label. */
    private String article(String label) {
        return seed + "\nThis copy was filed under the label " + label + ".\n";
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String p : text.split("\n\n")) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.toString();
    }

    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
        return java.util.Arrays.copyOf(header, header.length + 200);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
