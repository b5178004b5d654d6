/**
 * A run's folder and report: staging, atomic publication and the {@code latest} link
 * ({@link io.newsprep.output.run.RunFolder}), and the counts of report.json
 * ({@link io.newsprep.output.run.RunReportBuilder}, {@link io.newsprep.output.run.RunReportJson}).
 */
package io.newsprep.output.run;
