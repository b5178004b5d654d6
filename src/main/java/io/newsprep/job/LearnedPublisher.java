package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpCodec;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.publisher.PublisherIdentification;
import io.newsprep.publisher.PublisherMethod;
import io.newsprep.publisher.PublisherTag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** A publisher as the learn step identified it, in a form the run's staging folder can hold until the clean step. */
record LearnedPublisher(PublisherTag tag, String profileId) {

    static LearnedPublisher of(PublisherIdentification source) {
        return new LearnedPublisher(source.tag(), source.profile() == null ? null : source.profile().id());
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

    static LearnedPublisher read(DataInputStream in) throws IOException {
        String domain = DumpCodec.readString(in);
        String name = DumpCodec.readString(in);
        int method = in.readUnsignedByte();
        if (method >= PublisherMethod.values().length) {
            throw new IOException("unknown source method " + method);
        }
        return new LearnedPublisher(new PublisherTag(domain, name, PublisherMethod.values()[method]), DumpCodec.readString(in));
    }
}
