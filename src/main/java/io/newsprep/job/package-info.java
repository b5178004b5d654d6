/**
 * The Spring Batch shell around the pipeline, and the only Spring Batch code: the ingest job's configuration and
 * steps (scan, learn, clean, publish), their readers, processors, writers and listeners, and launching and
 * resuming runs.
 */
package io.newsprep.job;
