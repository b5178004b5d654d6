package io.newsprep.publisher;

import io.newsprep.pipeline.PipelineFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublisherTaggerTest {

    private static final Path SEEDS = Path.of("src/test/resources/publisher/seeds");
    private static final PublisherTagger TAGGER = PublisherTagger.withDefaults();

    private static Dump dump(String relativePath, String... lines) {
        return dump(relativePath, PageMetadata.NONE, lines);
    }

    private static Dump dump(String relativePath, PageMetadata metadata, String... lines) {
        return new Dump(new SourceFile(Path.of("/in").resolve(relativePath), relativePath), "0", 1, "UTF-8",
                DumpFormat.TEXT, List.of(lines), metadata);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "000_9167c36940e0c0e0.txt, asiae.co.kr, The Asia Business Daily, COPYRIGHT",
            "001_e63c77a8b3e5a699.txt, news.az, null, SOURCE_NOTE",
            "002_edcc27ee5c39481f.txt, asiae.co.kr, The Asia Business Daily, COPYRIGHT",
            "003_9c25aca4a981ec4d.txt, null, null, NONE",
            "004_a0d0eacbd59f205c.txt, null, null, NONE"})
    void identifiesTheSeedPublishers(String file, String domain, String name, PublisherMethod method) throws Exception {
        Dump d = PipelineFactory.documentLoader().load(SourceFile.of(SEEDS, SEEDS.resolve(file)));
        PublisherIdentification id = TAGGER.identify(d);
        assertThat(id.tag()).isEqualTo(new PublisherTag(domain, name, method));
        if ("asiae.co.kr".equals(domain)) {
            assertThat(id.profile().id()).isEqualTo("asiae.co.kr");
            assertThat(id.profile().chromeLines()).contains("본문 바로가기", "bar_progress", "Join us on social!");
        } else {
            assertThat(id.profile()).isNull();
        }
    }

    @Test
    void pageUrlGivesTheRegistrableDomainAndTheProfileName() {
        PageMetadata m = new PageMetadata("https://www.asiae.co.kr/article/2024110412345", null, null, null, null, null);
        PublisherIdentification id = TAGGER.identify(dump("a.html", m, "Some text"));
        assertThat(id.tag()).isEqualTo(new PublisherTag("asiae.co.kr", "The Asia Business Daily", PublisherMethod.URL));
        assertThat(id.profile()).isNotNull();
    }

    @Test
    void savedPageIsIdentifiedByItsCanonicalAddress(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("story.html");
        Files.writeString(page, "<html><head><link rel=\"canonical\" href=\"https://view.asiae.co.kr/en/article/1\">"
                + "<meta property=\"og:site_name\" content=\"asiae\"></head><body><p>Text of the story.</p></body></html>");
        Dump d = PipelineFactory.documentLoader().load(SourceFile.of(dir, page));
        assertThat(TAGGER.identify(d).tag())
                .isEqualTo(new PublisherTag("asiae.co.kr", "The Asia Business Daily", PublisherMethod.URL));
    }

    @Test
    void urlOfAnUnknownSiteUsesTheSiteNameTheProfileDoesNotOverride() {
        PageMetadata m = new PageMetadata("https://news.bbc.co.uk/x", null, null, null, null, "BBC News");
        assertThat(TAGGER.identify(dump("a.html", m, "text")).tag())
                .isEqualTo(new PublisherTag("bbc.co.uk", "BBC News", PublisherMethod.URL));
    }

    @Test
    void labelledUrlLineInATextDump() {
        Dump d = dump("x.txt", "Headline", "URL: https://edition.cnn.com/2024/11/04/world/story.html", "Body");
        assertThat(TAGGER.identify(d).tag()).isEqualTo(new PublisherTag("cnn.com", null, PublisherMethod.URL));
    }

    @Test
    void aLinkInsideTheBodyIsNotTheSource() {
        Dump d = dump("x.txt", "Headline", "The report is at https://example.org/report.pdf and was cited widely.", "Body");
        assertThat(TAGGER.identify(d).tag()).isEqualTo(PublisherTag.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "Copyright © 2024 Daily Planet Media. All rights reserved.|null|Daily Planet Media",
            "(c) 2019-2024 Harbour Gazette Inc.|null|Harbour Gazette",
            "   • Copyright ©2019 Dow Jones & Company. All Rights Reserved.|null|Dow Jones & Company",
            "© 2026 Harbour Gazette & Co. All rights reserved.|null|Harbour Gazette",
            "Copyright (с) ООО «Вечерние новости», 2019.|null|ООО «Вечерние новости»",
            "Copyright © 2010 AUTORACING. Todos os direitos reservados.|null|AUTORACING",
            "Copyright © 2000- MacRumors.com, LLC.|macrumors.com|null",
            "© Inexhibit 2019 - ISSN 2284-1350|null|Inexhibit",
            "ⓒ 한국일보 무단전재 및 재배포 금지|null|한국일보",
            "Copyright 2019 The Associated Press. All rights reserved. This material may not be published.|null|The Associated Press",
            "© news.az|news.az|null",
            "Copyright © www.example-news.com.au 2023|example-news.com.au|null"})
    void copyrightLineVariants(String line, String domain, String name) {
        Dump d = dump("x.txt", "Headline", "Body one.", "Body two.", line);
        assertThat(TAGGER.identify(d).tag()).isEqualTo(new PublisherTag(domain, name, PublisherMethod.COPYRIGHT));
    }

    @Test
    void copyrightLinksAndSentencesAreNotPublishers() {
        assertThat(TAGGER.identify(dump("x.txt", "Body one.", "Body two.", "Copyright Policy")).tag()).isEqualTo(PublisherTag.UNKNOWN);
        assertThat(TAGGER.identify(dump("x.txt", "Body one.", "Body two.",
                "ⓒ 모든 기사는 저작권법의 보호를 받으며 무단 전재를 금합니다")).tag()).isEqualTo(PublisherTag.UNKNOWN);
    }

    @Test
    void photoCreditEarlyInTheDumpIsNotThePublisher() {
        Dump d = dump("x.txt", "Headline", "Flooded streets on Monday. © Reuters", "Body one.", "Body two.", "Body three.",
                "Body four.", "Body five.");
        assertThat(TAGGER.identify(d).tag()).isEqualTo(PublisherTag.UNKNOWN);
    }

    @Test
    void profileRecognisersIdentifyADumpWithoutCopyright() {
        Dump d = dump("x.txt", "본문 바로가기", "bar_progress", "Text Size", "Headline", "Body");
        PublisherIdentification id = TAGGER.identify(d);
        assertThat(id.tag()).isEqualTo(new PublisherTag("asiae.co.kr", "The Asia Business Daily", PublisherMethod.PROFILE));
    }

    @Test
    void folderNamedAfterAProfileOrDomainOrPublisher() {
        assertThat(TAGGER.identify(dump("asiae.co.kr/2024/a.txt", "Body")).tag())
                .isEqualTo(new PublisherTag("asiae.co.kr", "The Asia Business Daily", PublisherMethod.FOLDER));
        assertThat(TAGGER.identify(dump("www.reuters.com/a.txt", "Body")).tag())
                .isEqualTo(new PublisherTag("reuters.com", null, PublisherMethod.FOLDER));
        assertThat(TAGGER.identify(dump("reuters/2024/x.txt", "Body")).tag())
                .isEqualTo(new PublisherTag(null, "reuters", PublisherMethod.FOLDER));
    }

    @Test
    void dateFoldersAndTopLevelFilesSayNothing() {
        assertThat(TAGGER.identify(dump("2024/x.txt", "Body")).tag()).isEqualTo(PublisherTag.UNKNOWN);
        assertThat(TAGGER.identify(dump("x.txt", "Body")).tag()).isEqualTo(PublisherTag.UNKNOWN);
    }

    @Test
    void userProfilesFromAFolderAreUsedAndOverrideBundledOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("harbour.json"), """
                {"id": "harbour-gazette", "domain": "www.harbourgazette.example.com", "name": "Harbour Gazette",
                 "recognisers": ["^Harbour Gazette newsletter$"], "chromeLines": ["Subscribe"], "chromePatterns": ["^Share on .*$"]}
                """);
        Files.writeString(dir.resolve("asiae.json"), """
                {"id": "asiae.co.kr", "domain": "asiae.co.kr", "name": "Asia Kyungje"}
                """);
        PublisherTagger tagger = new PublisherTagger(PublisherProfiles.load(dir));
        PublisherIdentification id = tagger.identify(dump("x.txt", "Headline", "Body", "Harbour Gazette newsletter"));
        assertThat(id.tag()).isEqualTo(new PublisherTag("example.com", "Harbour Gazette", PublisherMethod.PROFILE));
        assertThat(id.profile().chromePatterns()).hasSize(1);
        assertThat(tagger.identify(dump("asiae.co.kr/x.txt", "Body")).tag().name()).isEqualTo("Asia Kyungje");
    }

    @Test
    void malformedUserProfileIsReportedWithItsFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"id\": \"x\", \"recognisers\": [\"(unclosed\"]}");
        assertThatThrownBy(() -> PublisherProfiles.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("recognisers");
    }

    @Test
    void registrableDomainUsesThePublicSuffixList() {
        assertThat(RegistrableDomain.of("www.asiae.co.kr")).isEqualTo("asiae.co.kr");
        assertThat(RegistrableDomain.of("https://news.bbc.co.uk/path?q=1")).isEqualTo("bbc.co.uk");
        assertThat(RegistrableDomain.of("co.kr")).isNull();
        assertThat(RegistrableDomain.of("not a host")).isNull();
    }
}
