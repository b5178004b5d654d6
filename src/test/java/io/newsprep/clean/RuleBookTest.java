package io.newsprep.clean;

import io.newsprep.text.LineKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The explicit rules recognise real chrome lines by kind and leave article sentences alone. */
class RuleBookTest {

    private static final RuleBook RULES = RuleBook.fromResources();

    private static RuleHit match(String line) {
        return RULES.match(line.strip(), LineKey.of(line));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            본문 바로가기                                     => navigation
            Skip to main content                              => navigation
            Top                                               => navigation
            bar_progress                                      => ui_label
            Text Size                                         => ui_label
            Close                                             => ui_label
            [INS::INS]                                        => ui_label
            IFRAME: https://www.youtube.com/embed/x           => ui_label
            -                                                 => widget
            2 days ago at 07:50 am                            => widget
            Rating: 25 Votes                                  => widget
            Russian armored vehicles retreating [Image source=Capture from X] => caption
            Photo by Reuters and Yonhap News                  => caption
            The Pentagon at dusk. (Photo: AFP)                => caption
            © The Asia Business Daily(www.asiae.co.kr). All rights reserved. => copyright
            Copyright 2019 Hearst Media. All Rights Reserved. => copyright
            Sakib Ali/Hindustan Times/Getty Images            => caption
            Trump asked voters for a big win.Credit...Doug Mills/The New York Times => caption
            The concept for a commercial lunar lander [SpaceX via AP] => caption
            Tempo de leitura: 1 minuto                        => widget
            5 min read                                        => widget
            Above: A WeWork coworking space in San Francisco. => caption
            Related: The 15 Weirdest Galaxies in Our Universe => navigation
            Leia também: Como ensinar as crianças a ler      => navigation
            Share to LinkedInLinkedInShare to FacebookFacebook => social
            Follow The New York Times Opinion section on Facebook, Twitter and Instagram. => social
            Tags: Kristi Noem, South Dakota                   => navigation
            Join us on social!                                => social
            Follow us on Twitter                              => social
            • Facebook                                        => social
            Original Source: news.az                          => source_note
            Home > News > World                               => navigation
            News | Sports | Business | Opinion                => navigation
            We use cookies to improve your experience on our site. => boilerplate
            """)
    void recognisesChromeByKind(String line, String kind) {
        RuleHit hit = match(line);
        assertThat(hit).as(line).isNotNull();
        assertThat(hit.kind().code()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In the Kursk region of Russia, where North Korean troops are reportedly deployed, a scene has drawn attention.",
            "He added, \"It is presumed that this happened due to a lack of communication.\"",
            "Introduction",
            "The agency said the photo was taken by a drone over the village.",
            "She baked cookies for the neighbours every Sunday.",
            "Top officials met in Seoul on Monday."
    })
    void leavesArticleTextAlone(String line) {
        assertThat(match(line)).isNull();
    }

    @Test
    void endMarkersAreWholeLinesOrShortLinesOpeningWithAMarker() {
        assertThat(RULES.endMarker(LineKey.of("Hot news now")).kind()).isEqualTo(LineKind.WIDGET);
        assertThat(RULES.endMarker(LineKey.of("Related Articles"))).isNotNull();
        assertThat(RULES.endMarker(LineKey.of("Comments (12)"))).isNotNull();
        assertThat(RULES.endMarker(LineKey.of("More from Sportsnet"))).isNotNull();
        assertThat(RULES.endMarker(LineKey.of("Next Up In Science & Health"))).isNotNull();
        assertThat(RULES.endMarker(LineKey.of("About the author: Jane Doe"))).isNotNull();
        assertThat(RULES.endMarker(LineKey.of("Related: Trump signs the bill"))).isNull();
        assertThat(RULES.endMarker(LineKey.of("Comments from the minister were not available for this story."))).isNull();
    }
}
