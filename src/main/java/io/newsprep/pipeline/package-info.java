/**
 * The per-document pipeline behind one façade, {@link io.newsprep.pipeline.ArticlePipeline}, assembled only by
 * {@link io.newsprep.pipeline.PipelineFactory}, and the records it produces (an article or a reject, as an
 * {@link io.newsprep.pipeline.Outcome}); free of any framework.
 */
package io.newsprep.pipeline;
