package io.newsprep.job;

import io.newsprep.clean.LineVerdict;
import io.newsprep.pipeline.Article;

/**
 * Whether one article can be written within this JVM's heap. The chunk writer builds each article's JSON and CSV
 * lines in memory and keeps them in a transaction buffer until commit, so a huge article needs several times its
 * text at once; in a small heap a file just under the size limit would fail every attempt of the run, a poison
 * file no restart gets past. Such an article is rejected as too large instead.
 */
final class HeapAllowance {

    /** Two-byte characters, held as the line, the growing write buffer, its copy and the encoded bytes, for JSON and CSV. */
    private static final long HEAP_BYTES_PER_CHAR = 2L * 6;

    private final long maxHeapBytes;

    HeapAllowance(long maxHeapBytes) {
        this.maxHeapBytes = maxHeapBytes;
    }

    static HeapAllowance ofThisJvm() {
        return new HeapAllowance(Runtime.getRuntime().maxMemory());
    }

    /** Characters of text the article carries into the output files: its body and its removed lines. */
    static long textChars(Article article) {
        long chars = article.body().length();
        for (LineVerdict removed : article.removed()) {
            chars += removed.text().length();
        }
        return chars;
    }

    /** Leaves half the heap for everything else the run holds at the same time. */
    boolean fits(Article article) {
        return textChars(article) * HEAP_BYTES_PER_CHAR <= maxHeapBytes / 2;
    }

    long maxHeapMegabytes() {
        return maxHeapBytes / (1024 * 1024);
    }
}
