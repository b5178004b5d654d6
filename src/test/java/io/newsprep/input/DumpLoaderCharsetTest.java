package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpLoaderCharsetTest {

    private static final String KOREAN = "똠방각하 뷁 소식: 서울시는 오늘 새로운 교통 정책을 발표했다.\n"
            + "시민들은 대체로 환영하는 분위기였으며, 일부는 우려를 나타냈다.\n";
    private static final String WESTERN = "Le café “Chez Zoé” a fermé ses portes après 40 ans.\n"
            + "Prices rose to 5 € per cup – the owner’s decision surprised the neighbourhood.\n";

    @TempDir
    Path dir;

    private Dump load(String name, byte[] bytes) throws Exception {
        return DumpFiles.load(dir, name, bytes);
    }

    @Test
    void plainUtf8() throws Exception {
        Dump d = load("a.txt", KOREAN.getBytes(StandardCharsets.UTF_8));
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.lines().get(0)).startsWith("똠방각하 뷁");
        assertThat(d.format()).isEqualTo(DumpFormat.TEXT);
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMark() throws Exception {
        byte[] body = "Headline\nBody text".getBytes(StandardCharsets.UTF_8);
        Dump d = load("bom.txt", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, body));
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.lines()).containsExactly("Headline", "Body text");
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() throws Exception {
        Dump le = load("le.txt", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, KOREAN.getBytes(StandardCharsets.UTF_16LE)));
        Dump be = load("be.txt", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, WESTERN.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(le.lines().get(0)).startsWith("똠방각하 뷁");
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(be.lines().get(0)).isEqualTo("Le café “Chez Zoé” a fermé ses portes après 40 ans.");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognised() throws Exception {
        Dump d = load("nobom.txt", WESTERN.getBytes(StandardCharsets.UTF_16LE));
        assertThat(d.encoding()).isEqualTo("UTF-16LE");
        assertThat(d.lines().get(1)).contains("5 € per cup");
    }

    @Test
    void cp949KoreanKeepsHangulThatEucKrCannotDecode() throws Exception {
        Dump d = load("ko.txt", KOREAN.getBytes(Charset.forName("x-windows-949")));
        assertThat(d.encoding()).isEqualTo("x-windows-949");
        assertThat(d.lines().get(0)).startsWith("똠방각하 뷁 소식");
        assertThat(String.join("", d.lines())).doesNotContain("\ufffd");
    }

    @Test
    void shortCp949SampleIsNotTakenForWindows1252() throws Exception {
        Dump d = load("short.txt", "똠 뷁 서울 소식".getBytes(Charset.forName("x-windows-949")));
        assertThat(d.encoding()).isEqualTo("x-windows-949");
        assertThat(d.lines()).containsExactly("똠 뷁 서울 소식");
    }

    @Test
    void windows1252SmartQuotesAccentsAndEuro() throws Exception {
        Dump d = load("fr.txt", WESTERN.getBytes(Charset.forName("windows-1252")));
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.lines()).containsExactly(
                "Le café “Chez Zoé” a fermé ses portes après 40 ans.",
                "Prices rose to 5 € per cup – the owner’s decision surprised the neighbourhood.");
    }

    @Test
    void shortWindows1252Sample() throws Exception {
        Dump d = load("short1252.txt", "Café “Zoé” – 5 €".getBytes(Charset.forName("windows-1252")));
        assertThat(d.lines()).containsExactly("Café “Zoé” – 5 €");
        assertThat(d.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void otherLegacyCharsetsAreNotMistakenForKorean() throws Exception {
        String ja = "東京都は今日、新しい交通政策を発表しました。市民の多くはこの計画を歓迎しているということです。\n";
        String zh = "本市图书馆昨天宣布，从下个月起将每天的开放时间延长到晚上十点，以满足读者的需求。\n";
        String ru = "В субботу в центре города открылся детский технопарк, где школьники смогут заниматься робототехникой.\n";
        Dump sjis = load("ja.txt", ja.getBytes(Charset.forName("windows-31j")));
        Dump gb = load("zh.txt", zh.getBytes(Charset.forName("GB18030")));
        Dump cyr = load("ru.txt", ru.getBytes(Charset.forName("windows-1251")));
        assertThat(sjis.lines()).containsExactly(ja.strip());
        assertThat(gb.lines()).containsExactly(zh.strip());
        assertThat(cyr.lines()).containsExactly(ru.strip());
        assertThat(cyr.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void declaredMetaCharsetIsUsedForHtml() throws Exception {
        String html = "<html><head><meta charset=\"euc-kr\"><title>뉴스</title></head><body><p>똠방각하 뷁 소식입니다.</p></body></html>";
        Dump d = load("page.html", html.getBytes(Charset.forName("x-windows-949")));
        assertThat(d.encoding()).isEqualTo("x-windows-949");
        assertThat(d.lines()).contains("똠방각하 뷁 소식입니다.");
    }

    @Test
    void fewBadBytesInUtf8AreRepairedAndSaidSo() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("Line ").append(i).append(" of an article with “quotes” and café.\n");
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        good[100] = (byte) 0xff;
        Dump d = load("damaged.txt", good);
        assertThat(d.encoding()).isEqualTo("UTF-8 (repaired)");
        assertThat(String.join("\n", d.lines())).contains("“quotes” and café");
    }

    @Test
    void cutMultiByteCharacterAtEndOfFileIsDropped() throws Exception {
        byte[] full = "Headline\nBody ends with 한".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        Dump d = load("cut.txt", cut);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.lines()).containsExactly("Headline", "Body ends with ");
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
