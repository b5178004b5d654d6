package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class PipelineEarlyStartTest {

    @Test
    void thePipelineStartedBeforeTheContextIsTheOneTheJobUsesBuiltWithTheCommandLinesSettings(@TempDir Path dir) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsprepApplication.class)
                .web(WebApplicationType.NONE)
                .listeners(new PipelineEarlyStart())
                .run("--spring.datasource.url=jdbc:hsqldb:file:" + dir.resolve("repository/newsprep"),
                        "--logging.file.name=" + dir.resolve("newsprep.log"),
                        "--newsprep.max-file-bytes=4096")) {
            PipelineEarlyStart.EarlyPipeline early = context.getBean(PipelineEarlyStart.EarlyPipeline.class);
            assertThat(early.settings().maxFileBytes()).isEqualTo(4096);
            assertThat(context.getBean("pipelineBeingBuilt")).isSameAs(early.pipeline());
            assertThat(early.pipeline().join()).isNotNull();
        }
    }

    @Test
    void aPipelineBuiltWithOtherProfilesOrAnotherSizeLimitIsNotUsed() {
        NewsprepProperties built = settings("/profiles/a", 4096);
        PipelineEarlyStart.EarlyPipeline early = new PipelineEarlyStart.EarlyPipeline(built, new CompletableFuture<>());
        assertThat(early.builtWith(settings("/profiles/a", 4096))).isTrue();
        assertThat(early.builtWith(settings("/profiles/b", 4096))).isFalse();
        assertThat(early.builtWith(settings(null, 4096))).isFalse();
        assertThat(early.builtWith(settings("/profiles/a", 8192))).isFalse();
    }

    private static NewsprepProperties settings(String profilesDir, long maxFileBytes) {
        return new NewsprepProperties(2, 200, maxFileBytes, profilesDir, null, null, null, null, null, null);
    }
}
