package io.newsprep.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopyrightLineParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "COPYRIGHT 2024 DAILY PLANET", "CoPyRiGhT 2024 Daily Planet", "Daily Planet. ALL RIGHTS RESERVED.",
            "Daily Planet. All Rights Reserved", "Gazzetta. Tutti i diritti RISERVATI", "Tagblatt. ALLE RECHTE VORBEHALTEN",
            "Harian Kota. HAK CIPTA DILINDUNGI", "Вечерние новости. все права защищены", "Вечерние новости. Все права защищены",
            "ВЕЧЕРНИЕ НОВОСТИ. ВСЕ ПРАВА ЗАЩИЩЕНЫ"})
    void hintWordsAreFoundInAnyCase(String line) {
        assertThat(CopyrightLineParser.isCopyrightLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Crowds record a direct vote", "Reserve bank rates", "C", "r", "Copyrigh", "riservat"})
    void wordsThatOnlyStartLikeAHintAreNotCopyrightLines(String line) {
        assertThat(CopyrightLineParser.isCopyrightLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2024 Вечерние новости. Все права защищены.", "(С) Вечерние новости, 2024", "Вечерние новости. ВСЕ ПРАВА ЗАЩИЩЕНЫ"})
    void signsAndReservedPhrasesInCapitalsAreCutFromTheName(String line) {
        assertThat(CopyrightLineParser.parse(line)).isEqualTo(new PublisherMention(null, "Вечерние новости"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "© Le Monde.fr | Mentions légales | Qui sommes-nous ?; lemonde.fr; Le Monde.fr",
            "Copyright 2012 Loopy Gadgets.com - Gadgets News and Reviews; loopygadgets.com; Loopy Gadgets.com",
            "Copyright © 2019 Daily Planet dailyplanet.com. All rights reserved.; dailyplanet.com; Daily Planet",
            "© 2019 Reuters Reuters.com; reuters.com; Reuters"})
    void aNameWrittenWithItsDomainsEndingStaysWhole(String line, String domain, String name) {
        assertThat(CopyrightLineParser.parse(line)).isEqualTo(new PublisherMention(domain, name));
    }
}
