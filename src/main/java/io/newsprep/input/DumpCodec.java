package io.newsprep.input;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary form of a loaded {@link Dump}, so that a page parsed once can be handed to a later stage
 * without parsing it again. Reading gives back a dump equal to the one written.
 */
public final class DumpCodec {

    private static final int NULL = -1;

    private DumpCodec() {
    }

    public static void write(DataOutputStream out, Dump dump) throws IOException {
        writeString(out, dump.file().relativePath());
        out.writeLong(dump.address().offset());
        writeString(out, dump.sha256());
        out.writeLong(dump.sizeBytes());
        writeString(out, dump.encoding());
        out.writeByte(dump.format().ordinal());
        writeStrings(out, dump.lines());
        PageMetadata m = dump.metadata();
        writeString(out, m.url());
        writeString(out, m.title());
        writeString(out, m.published());
        writeStrings(out, m.authors());
        writeString(out, m.section());
        writeString(out, m.siteName());
        long[] marked = dump.marked().toLongArray();
        out.writeInt(marked.length);
        for (long word : marked) {
            out.writeLong(word);
        }
        out.writeInt(dump.encodingErrors());
    }

    /** @param inputRoot the folder the dump's relative path is relative to */
    public static Dump read(DataInputStream in, Path inputRoot) throws IOException {
        String relative = readString(in);
        long offset = in.readLong();
        String sha256 = readString(in);
        long size = in.readLong();
        String encoding = readString(in);
        DumpFormat format = DumpFormat.values()[in.readUnsignedByte()];
        List<String> lines = readStrings(in);
        PageMetadata metadata = new PageMetadata(readString(in), readString(in), readString(in), readStrings(in),
                readString(in), readString(in));
        int words = in.readInt();
        if (words < 0) {
            throw new IOException("corrupt dump record: " + words + " words of marked lines");
        }
        long[] marked = new long[words];
        for (int i = 0; i < words; i++) {
            marked[i] = in.readLong();
        }
        int encodingErrors = in.readInt();
        return new Dump(new DocumentAddress(SourceFile.listed(inputRoot, relative), offset), sha256, size, encoding, format, lines,
                metadata, MarkedLines.of(marked), encodingErrors);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            writeString(out, v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt dump record: " + n + " strings");
        }
        List<String> values = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            values.add(readString(in));
        }
        return values;
    }

    /** A string or null, of any length: DataOutput.writeUTF stops at 64 KB, and a line of a page can be longer. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string written by {@link #writeString}. */
    public static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == NULL) {
            return null;
        }
        if (n < 0) {
            throw new IOException("corrupt dump record: string of " + n + " bytes");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
