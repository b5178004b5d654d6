package io.newsprep.output;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schemas shipped under /schema/, and what they find wrong with a JSON text. */
public enum OutputSchemas {
    ARTICLE("article"), REJECT("reject"), REPORT("report");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final String resource;
    private Schema schema;

    OutputSchemas(String name) {
        this.resource = "/schema/" + name + ".schema.json";
    }

    public String resource() {
        return resource;
    }

    /** One line per violation, naming where in the instance it is; empty when the text conforms. */
    public List<String> errors(String json) {
        return schema().validate(json, InputFormat.JSON).stream().map(OutputSchemas::describe).toList();
    }

    private synchronized Schema schema() {
        if (schema == null) {
            try (InputStream in = OutputSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                schema = REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
