package io.newsprep.job;

import io.newsprep.article.DumpProcessor;
import io.newsprep.input.DumpCodec;
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

    /** The identification again, with the profile from the pipeline's registry; null when it has no such profile. */
    SourceIdentification restore(DumpProcessor pipeline) {
        return pipeline.identification(tag, profileId);
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
