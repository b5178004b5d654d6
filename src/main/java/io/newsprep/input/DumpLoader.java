package io.newsprep.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads one input file into a {@link Dump}: size limit, decompression, charset, HTML or text. */
public final class DumpLoader {

    public Dump load(SourceFile file) throws RejectedDumpException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new RejectedDumpException(RejectReason.EMPTY, "file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Dump(file, sha256(bytes), bytes.length, "UTF-8", DumpFormat.TEXT,
                List.of(text.split("\r\n|\r|\n", -1)), PageMetadata.NONE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
