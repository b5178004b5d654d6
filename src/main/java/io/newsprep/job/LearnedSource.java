package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpCodec;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.tag.SourceIdentification;
import io.newsprep.tag.SourceMethod;
import io.newsprep.tag.SourceTag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** A publisher as the learn step identified it, in a form the run's staging folder can hold until the clean step. */
record LearnedSource(SourceTag tag, String profileId) {

    static LearnedSource of(SourceIdentification source) {
        return new LearnedSource(source.tag(), source.profile() == null ? null : source.profile().id());
    }

    /** The document as identified, with the profile from the pipeline's registry; only loaded when it has no such profile. */
    ArticlePipeline.Document restore(ArticlePipeline pipeline, Dump dump) {
        return pipeline.identifiedBefore(dump, tag, profileId);
    }

    void write(DataOutputStream out) throws IOException {
        DumpCodec.writeString(out, tag.domain());
        DumpCodec.writeString(out, tag.name());
        out.writeByte(tag.method().ordinal());
        DumpCodec.writeString(out, profileId);
    }

    static LearnedSource read(DataInputStream in) throws IOException {
        String domain = DumpCodec.readString(in);
        String name = DumpCodec.readString(in);
        int method = in.readUnsignedByte();
        if (method >= SourceMethod.values().length) {
            throw new IOException("unknown source method " + method);
        }
        return new LearnedSource(new SourceTag(domain, name, SourceMethod.values()[method]), DumpCodec.readString(in));
    }
}
