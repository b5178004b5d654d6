package io.newsprep.bench;

/**
 * Where copy number {@code i} goes in a generated corpus: spread round-robin over a few source folders, each
 * split into nested date folders of a couple of hundred files, like a crawler's landing area.
 * Example: {@code site-c/2024-03/17/0b3c0f9e7e1a2b44-000000123.txt}.
 */
final class CorpusLayout {

    static final int SOURCES = 5;
    private static final int FILES_PER_FOLDER = 200;

    private CorpusLayout() {
    }

    static String relativePath(long i, String templateName, String extension) {
        char site = (char) ('a' + i % SOURCES);
        long folder = i / (SOURCES * FILES_PER_FOLDER);
        long month = folder / 28;
        int year = 2020 + (int) (month / 12);
        int monthOfYear = 1 + (int) (month % 12);
        int day = 1 + (int) (folder % 28);
        return String.format("site-%c/%d-%02d/%02d/%s-%09d%s", site, year, monthOfYear, day, templateName, i, extension);
    }
}
