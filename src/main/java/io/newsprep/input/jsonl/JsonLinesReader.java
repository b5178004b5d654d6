package io.newsprep.input.jsonl;

import io.newsprep.input.DocumentAddress;
import io.newsprep.input.DocumentReader;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.InputFile;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines file ({@code .jsonl}) of pages, one JSON object per line with the page's visible text in
 * {@code text} (one block per line, as in a text dump) and optionally its address in {@code url}. Each line is a
 * document addressed by the byte offset at which it starts (after gzip is undone); its content hash is that of
 * the line's bytes, so an article's id and duplicate detection follow the record, not the file. Blank lines are
 * passed over; a line that is not such an object rejects the whole file, naming the line.
 */
public final class JsonLinesReader implements DocumentReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public boolean reads(InputFile file) {
        return file.nameEndsWith(".jsonl");
    }

    @Override
    public List<Dump> read(InputFile file) throws RejectedDumpException {
        byte[] content = file.content();
        List<Dump> documents = new ArrayList<>();
        int lineNumber = 0;
        for (int start = 0; start < content.length; ) {
            int end = indexOf(content, (byte) '\n', start);
            int next = end < 0 ? content.length : end + 1;
            int stop = end < 0 ? content.length : end;
            lineNumber++;
            if (!blank(content, start, stop)) {
                documents.add(record(file, content, start, stop, lineNumber));
            }
            start = next;
        }
        return documents;
    }

    private static Dump record(InputFile file, byte[] content, int start, int stop, int lineNumber)
            throws RejectedDumpException {
        JsonNode node;
        try {
            node = MAPPER.readTree(content, start, stop - start);
        } catch (JacksonException e) {
            node = null;
        }
        JsonNode text = node == null || !node.isObject() ? null : node.get("text");
        if (text == null || !text.isString()) {
            throw new RejectedDumpException(RejectReason.UNREADABLE,
                    "line " + lineNumber + " is not a JSON object with a \"text\" string");
        }
        JsonNode url = node.get("url");
        List<String> lines = new ArrayList<>();
        for (String line : text.asString().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(InputFile.normalizeLine(line));
        }
        if (lines.size() == 1 && lines.get(0).isEmpty()) {
            lines.clear();
        }
        PageMetadata metadata = url != null && url.isString()
                ? new PageMetadata(url.asString(), null, null, List.of(), null, null) : PageMetadata.NONE;
        return new Dump(new DocumentAddress(file.file(), start), sha256(content, start, stop), stop - start,
                StandardCharsets.UTF_8.name(), DumpFormat.TEXT, lines, metadata, null);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes, int from, int to) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, from, to - from);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
