package io.newsprep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout the README describes, checked on the product's classes: packages (sub-packages included, such as
 * input.html) depend on each other without cycles, the core knows no Spring, and the stores know no Spring Batch.
 */
@AnalyzeClasses(packages = "io.newsprep", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTest {

    /** Everything that turns documents into outcomes, testable without a framework. */
    private static final String[] CORE = {"io.newsprep.input..", "io.newsprep.clean..", "io.newsprep.publisher..", "io.newsprep.language..",
            "io.newsprep.memory..", "io.newsprep.output..", "io.newsprep.pipeline..", "io.newsprep.eval..",
            "io.newsprep.text..", "io.newsprep.model..", "io.newsprep.train..", "io.newsprep.duplicate.."};

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.newsprep.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theCoreKnowsNoSpring = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule storesKnowNoSpringBatch = noClasses().that().resideInAPackage("io.newsprep.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..");
}
