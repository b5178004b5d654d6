package io.newsprep.job;

import io.newsprep.article.Article;
import io.newsprep.article.Outcome;
import io.newsprep.article.Reject;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Sends each outcome to its file: articles to articles.jsonl and articles.csv, rejects to rejects.jsonl.
 * The three delegates are transactional: their lines reach the disk only when the chunk commits, and their
 * byte offsets are saved with the chunk so that a restart truncates them back to the last commit.
 */
class OutcomeItemWriter implements ItemStreamWriter<Outcome> {

    private final FlatFileItemWriter<Article> articlesJsonl;
    private final FlatFileItemWriter<Article> articlesCsv;
    private final FlatFileItemWriter<Reject> rejectsJsonl;
    private final PendingRejects pendingRejects;
    private final List<OutcomeObserver> observers;

    OutcomeItemWriter(FlatFileItemWriter<Article> articlesJsonl, FlatFileItemWriter<Article> articlesCsv,
                      FlatFileItemWriter<Reject> rejectsJsonl, PendingRejects pendingRejects,
                      List<OutcomeObserver> observers) {
        this.articlesJsonl = articlesJsonl;
        this.articlesCsv = articlesCsv;
        this.rejectsJsonl = rejectsJsonl;
        this.pendingRejects = pendingRejects;
        this.observers = observers;
    }

    @Override
    public void write(Chunk<? extends Outcome> chunk) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(chunk.getItems());
        outcomes.addAll(pendingRejects.drain());
        Chunk<Article> articles = new Chunk<>();
        Chunk<Reject> rejects = new Chunk<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Accepted accepted) {
                articles.add(accepted.article());
            } else if (outcome instanceof Outcome.Rejected rejected) {
                rejects.add(rejected.reject());
            }
        }
        for (OutcomeObserver observer : observers) {
            observer.beforeWrite(outcomes);
        }
        articlesJsonl.write(articles);
        articlesCsv.write(articles);
        rejectsJsonl.write(rejects);
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        articlesJsonl.open(executionContext);
        articlesCsv.open(executionContext);
        rejectsJsonl.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        articlesJsonl.update(executionContext);
        articlesCsv.update(executionContext);
        rejectsJsonl.update(executionContext);
    }

    @Override
    public void close() throws ItemStreamException {
        articlesJsonl.close();
        articlesCsv.close();
        rejectsJsonl.close();
    }
}
