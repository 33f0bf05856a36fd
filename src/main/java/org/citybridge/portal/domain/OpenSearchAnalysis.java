package org.citybridge.portal.domain;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link SearchAnalysis}, for an OpenSearch cluster
 * ({@code hibernate.search.backend.analysis.configurer=bean:openSearchAnalysis}), built from what OpenSearch ships in
 * its {@code analysis-common} module: the standard tokenizer, {@code cjk_width}, {@code lowercase} and
 * {@code cjk_bigram}, so the index holds the same terms as the Lucene one and 深圳 is found inside 深圳市. smartcn,
 * a plugin OpenSearch does not ship, indexes no field: what it does (splitting what a reader typed into words) happens
 * in the application with either backend ({@link QueryWords}).
 */
@Component("openSearchAnalysis")
class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String PAIRS_AND_CHARACTERS = "cjk_pairs_and_characters";
    private static final String PAIRS_ONLY = "cjk_pairs_only";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(PAIRS_AND_CHARACTERS).type("cjk_bigram").param("output_unigrams", true);
        context.tokenFilter(PAIRS_ONLY).type("cjk_bigram").param("output_unigrams", false);
        context.analyzer(SearchAnalysis.CJK_BIGRAM).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", PAIRS_AND_CHARACTERS);
        context.analyzer(SearchAnalysis.CJK_BIGRAM_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", PAIRS_ONLY);
    }
}
