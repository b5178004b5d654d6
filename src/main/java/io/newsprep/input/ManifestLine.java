package io.newsprep.input;

/**
 * One manifest line per input file: its relative path, with backslash, newline and carriage return escaped
 * so that any file name fits on one line.
 */
public final class ManifestLine {

    private ManifestLine() {
    }

    public static String encode(String relativePath) {
        StringBuilder out = new StringBuilder(relativePath.length() + 8);
        for (int i = 0; i < relativePath.length(); i++) {
            char c = relativePath.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String decode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
