package io.newsprep.pipeline;

/** What became of one input file: exactly one article or exactly one reject. */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {

    String sourceFile();

    String contentSha256();

    record Accepted(Article article) implements Outcome {
        public String sourceFile() {
            return article.sourceFile();
        }

        public String contentSha256() {
            return article.contentSha256();
        }
    }

    record Rejected(Reject reject) implements Outcome {
        public String sourceFile() {
            return reject.sourceFile();
        }

        public String contentSha256() {
            return reject.contentSha256();
        }
    }
}
