package org.citybridge.portal.domain;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.springframework.stereotype.Component;

/**
 * smartcn's word segmentation (深圳市 / 联络员 / 工作 / 会议), run in the application whatever the backend: it indexes
 * no field, it splits what a reader typed into words, each of which is then looked for on its own (深圳讨论: 深圳 and
 * 讨论). OpenSearch does not ship smartcn, and needs not: the index holds character pairs only.
 */
@Component
class QueryWords {

    private final Analyzer chinese;

    QueryWords() {
        try {
            this.chinese = CustomAnalyzer.builder()
                    .withTokenizer(HMMChineseTokenizerFactory.class)
                    .addTokenFilter(CJKWidthFilterFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** smartcn's analyzer, thread-safe as every Lucene analyzer. */
    Analyzer chinese() {
        return chinese;
    }
}
