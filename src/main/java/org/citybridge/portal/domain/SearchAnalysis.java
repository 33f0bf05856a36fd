package org.citybridge.portal.domain;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analyzers of the Lucene search index ({@code hibernate.search.backend.analysis.configurer=bean:searchAnalysis};
 * {@link OpenSearchAnalysis} defines the same for an OpenSearch cluster):
 * <ul>
 * <li>{@code cjk_bigram}: every CJK character and every pair of adjacent ones, so that 深圳 is found inside 深圳市
 * and 联络 inside 联络员工作会议, which word segmentation alone misses; queries use {@code cjk_bigram_query} (pairs
 * only, a lone character as itself), so a two-character query must match the pair, not just its characters.</li>
 * </ul>
 * smartcn's word segmentation, which indexes no field, splits what a reader typed ({@link QueryWords}).
 */
@Component("searchAnalysis")
class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String CJK_BIGRAM = "cjk_bigram";
    static final String CJK_BIGRAM_QUERY = "cjk_bigram_query";
    /** What an article that never expires is indexed with as its expiry. */
    static final String NEVER = "9999-12-31T23:59:59Z";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CJK_BIGRAM).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
        context.analyzer(CJK_BIGRAM_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");
    }
}
