package io.musubi.search;

import io.musubi.testing.ApiAndIndex;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.Indexing;
import io.musubi.testing.Api;
import io.musubi.testing.IndexedByHand;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, split compounds: a query word the analyzer splits (精密板金 → 精密 + 板金) finds texts where the parts
 * stand close together, while a part found only in the bigrams of another compound (板金 inside 導光板金型, which is
 * 導光板 + 金型) does not make a record match. No record here is tagged with a sheet-metal technology, so only the
 * text can connect it to the query.
 */
@MicronautTest(transactional = false)
class SplitCompoundSearchTest extends ApiAndIndex implements IndexedByHand {

    String partsNear;
    String lightGuideMoulds;
    String plain;
    String partsNearZh;
    String casting;

    @BeforeAll
    void records() {
        partsNear = create("""
                {"names": {"ja": "信濃薄物工業株式会社"},
                 "descriptions": {"ja": "カメラ部品向けに、精密な薄板の板金加工を行っています。レーザー切断と曲げで小ロットから対応します。"},
                 "freeTerms": ["薄板", "シールドケース"], "country": "JP", "region": "JP-20", "industry": "MANUFACTURING"}""");
        lightGuideMoulds = create("""
                {"names": {"ja": "三河ライトガイド工業株式会社"},
                 "descriptions": {"ja": "液晶バックライトや車載ディスプレイ向けの導光板金型を設計・製作しています。鏡面仕上げとマイクロプリズム加工が強みです。"},
                 "technologies": ["injection-mould"], "products": ["導光板金型"], "country": "JP", "region": "JP-23",
                 "industry": "MANUFACTURING"}""");
        plain = create("""
                {"names": {"ja": "北陸工業株式会社"}, "descriptions": {"ja": "精密板金と溶接の一貫加工。"},
                 "country": "JP", "region": "JP-16", "industry": "MANUFACTURING"}""");
        partsNearZh = create("""
                {"names": {"zh": "苏州通讯结构件有限公司"}, "descriptions": {"zh": "专业从事精密薄板钣金加工，服务通信设备客户"},
                 "country": "CN", "region": "CN-JS", "industry": "MANUFACTURING"}""");
        casting = create("""
                {"names": {"zh": "宁波熔模铸造有限公司"}, "descriptions": {"zh": "熔模精密铸造与机加工，不锈钢阀门零件"},
                 "country": "CN", "region": "CN-ZJ", "industry": "MANUFACTURING"}""");
        Indexing.settle(indexer, indexes);
    }

    @Test
    void theSplitPartsCountWhenTheyStandCloseTogether() {
        SearchResults results = search("精密板金");
        assertThat(ids(results)).contains(partsNear, plain);
        assertThat(ids(results)).as("板金 only across 導光板|金型").doesNotContain(lightGuideMoulds);
        SearchResults.Hit near = results.items().stream().filter(h -> h.id().equals(partsNear)).findFirst()
                .orElseThrow();
        assertThat(near.matchedLanguage()).isEqualTo("ja");
        // the proximity match is marked as one span (精密な薄板の板金)
        String marked = String.join("|", near.highlights().get(0).segments().stream()
                .filter(SearchResults.Segment::match).map(SearchResults.Segment::text).toList());
        assertThat(marked).contains("精密").contains("板金");
    }

    @Test
    void theWholeCompoundStillFindsItsMaker() {
        assertThat(ids(search("導光板金型"))).first().isEqualTo(lightGuideMoulds);
    }

    @Test
    void chineseSplitPartsNearOutrankAPartAlone() {
        List<String> ids = ids(search("精密钣金"));
        assertThat(ids).contains(partsNearZh).doesNotContain(lightGuideMoulds);
        assertThat(ids.indexOf(partsNearZh)).as("精密 … 钣金 above 精密铸造")
                .isLessThan(ids.contains(casting) ? ids.indexOf(casting) : Integer.MAX_VALUE);
    }

    private String create(String json) {
        return Api.adminCreate(client(), "/api/companies", json);
    }

    private SearchResults search(String q) {
        return client().retrieve(HttpRequest.GET("/api/search?size=50&q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8)), SearchResults.class);
    }

    private static List<String> ids(SearchResults results) {
        return results.items().stream().map(SearchResults.Hit::id).toList();
    }
}
