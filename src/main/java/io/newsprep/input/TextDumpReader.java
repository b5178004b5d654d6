package io.newsprep.input;

import java.util.ArrayList;
import java.util.List;

/** A text dump: one document, one line per line of the file (blank lines kept). Reads any file, so it comes last. */
public final class TextDumpReader implements DocumentReader {

    @Override
    public boolean reads(InputFile file) {
        return true;
    }

    @Override
    public List<Dump> read(InputFile file) throws RejectedDumpException {
        return List.of(new Dump(DocumentAddress.of(file.file()), file.sha256(), file.sizeBytes(), file.encoding(),
                DumpFormat.TEXT, splitLines(file.text()), PageMetadata.NONE, MarkedLines.NONE,
                file.encodingErrors()));
    }

    /** Lines without terminators; a final line end does not make an extra empty line. */
    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
