package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.citybridge.platform.jobs.JobProgress;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleStatus;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches the index of articles, Lucene or OpenSearch ({@link SearchBackendConfiguration}), kept in step by Hibernate
 * Search with every commit that changes an article.
 * Scheduled and expired articles stay in the index and are filtered out by time at query time, so nothing has to
 * happen when an article's time comes or goes.
 */
@Service
class ArticleSearching implements ArticleSearch {

    private static final Logger log = LoggerFactory.getLogger(ArticleSearching.class);

    private static final List<ArticleStatus> NOT_LIVE = Arrays.stream(ArticleStatus.values())
            .filter(status -> status != ArticleStatus.PUBLISHED).toList();

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleRepository articles;
    private final PublicDataCache data;
    private final Clock clock;
    private final QueryWords queryWords;

    ArticleSearching(EntityManagerFactory entityManagerFactory, ArticleRepository articles, PublicDataCache data, Clock clock,
                     QueryWords queryWords) {
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.data = data;
        this.clock = clock;
        this.queryWords = queryWords;
    }

    /**
     * Asks the index alone, through a session of its own that never touches the database (every figure shown is
     * projected from the index): no transaction, no connection from the pool. A search server that cannot be reached,
     * whose index is gone until the next recheck makes it again ({@link SearchIndexAtStart}), or whose shards are not
     * started yet answers {@link Unavailable}.
     */
    @Override
    public Results search(Query query) {
        if (query.isBlank() || query.datesReversed()) {
            return new Results(query, 0, List.of());
        }
        EntityManager indexOnly = entityManagerFactory.createEntityManager();
        try {
            return search(query, indexOnly);
        } catch (RuntimeException e) {
            throw SearchBackendFailures.unavailable(e) ? new Unavailable(e) : e;
        } finally {
            indexOnly.close();
        }
    }

    private Results search(Query query, EntityManager session) {
        Map<Long, ColumnNode> columns = data.columns().columns().stream()
                .collect(Collectors.toMap(ColumnNode::id, Function.identity()));
        Set<Long> inColumn = query.columnId() == null ? null : withChildren(query.columnId(), columns.values());
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        String text = query.text();

        List<Part> parts = parts(text);
        SearchQuery<List<?>> search = Search.session(session).search(Article.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("title_text", String.class),
                        f.field("columnId", Long.class),
                        f.field("publishAt", Instant.class),
                        f.field("body_text", String.class)).asList())
                .where(f -> {
                    var live = f.bool();
                    // every part the reader typed must be found: as a whole, or each of its smartcn words somewhere (so
                    // 深圳讨论 finds 深圳 in the title and 讨论 in the body, as 深圳 讨论 does); all in one field, where
                    // the title and the keywords stand twice and so weigh more (a clause of their own cost a third more)
                    parts.forEach(part -> live.must(found(f, part)));
                    // what is not live, excluded: a few articles each, where "live" would be nearly all of them, to
                    // be walked along every search (and a time range short of all, made into a set for each search)
                    live.mustNot(f.terms().field("status").matchingAny(NOT_LIVE));
                    live.mustNot(f.range().field("publishAt").greaterThan(now));
                    live.mustNot(f.range().field("expireAt").atMost(now));
                    if (inColumn != null) {
                        live.filter(f.terms().field("columnId").matchingAny(inColumn));
                    }
                    if (query.from() != null) {
                        live.filter(f.range().field("publishAt").atLeast(query.from().atStartOfDay(zone).toInstant()));
                    }
                    if (query.to() != null) {
                        live.filter(f.range().field("publishAt").lessThan(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
                    }
                    return live;
                })
                .toQuery();
        long offset = (long) (query.page() - 1) * query.size();
        if (offset > Integer.MAX_VALUE - query.size()) {
            // no index holds that many articles: the page is past the last, and only the count is needed to say so
            return new Results(query, search.fetchTotalHitCount(), List.of());
        }
        SearchResult<List<?>> result = search.fetch((int) offset, query.size());

        WordMarker marker = new WordMarker(wordsToMark(parts));
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            long id = (Long) row.get(0);
            String title = (String) row.get(1);
            long columnId = (Long) row.get(2);
            ColumnNode column = columns.get(columnId);
            List<String> passages = marker.passages((String) row.get(4), 80, 2, 120);
            hits.add(new Hit(id, title, HighlightedText.toHtml(marker.marked(title)), columnId,
                    column == null ? "" : column.name(), (Instant) row.get(3),
                    String.join(" … ", passages.stream().map(HighlightedText::toHtml).toList()), "/article/" + id + ".html"));
        }
        return new Results(query, result.total().hitCount(), hits);
    }

    @Override
    public long rebuildIndex(JobProgress progress) {
        progress.total(articles.count());
        try {
            massIndexer().monitor(new ProgressMonitor(progress)).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuilding the search index was interrupted", e);
        }
        reindexTwiceIndexed();
        return indexed();
    }

    /**
     * Indexes once more the articles that a rebuild left in the index twice, and answers how many there were: an
     * article saved while the index was rebuilt was indexed by its save after the purge, and the rebuild then added it
     * again (with Lucene, adding a document does not replace the one of the same article). Indexing an article
     * replaces every document of it by one; one of an article deleted meanwhile is removed.
     */
    int reindexTwiceIndexed() {
        EntityManager session = entityManagerFactory.createEntityManager();
        try {
            Set<Long> seen = new HashSet<>();
            Set<Long> twice = new HashSet<>();
            try (SearchScroll<Long> ids = Search.session(session).search(Article.class).select(f -> f.id(Long.class))
                    .where(f -> f.matchAll()).scroll(1_000)) {
                for (SearchScrollResult<Long> chunk = ids.next(); chunk.hasHits(); chunk = ids.next()) {
                    chunk.hits().stream().filter(id -> !seen.add(id)).forEach(twice::add);
                }
            }
            SearchIndexingPlan plan = Search.session(session).indexingPlan();
            for (Long id : twice) {
                Article article = session.find(Article.class, id);
                if (article == null) {
                    plan.purge(Article.class, id, null);
                } else {
                    plan.addOrUpdate(article);
                }
            }
            plan.execute();
            if (!twice.isEmpty()) {
                log.info("{} articles saved during the rebuild were in the search index twice: indexed once more", twice.size());
            }
            return twice.size();
        } finally {
            session.close();
        }
    }

    /**
     * Rebuilds the index in the background when it cannot answer for the articles: empty while articles exist (a new
     * deployment, a wiped data folder, a new instance), or built by another version of the mapping (an upgrade that
     * changed the indexed fields: the old documents lack the fields searched now and would silently match nothing).
     * Asked once the application has started ({@link SearchIndexAtStart}).
     */
    void rebuildIfOutdated() {
        rebuildIfOutdated(Article.SEARCH_MAPPING);
    }

    /** The same, for an application whose mapping has the version {@code current}; answers whether it started a rebuild. */
    boolean rebuildIfOutdated(int current) {
        long inDatabase = articles.count();
        long indexed = indexed();
        long outdated = indexed - indexedWith(current);
        if ((inDatabase > 0 && indexed == 0) || outdated > 0) {
            log.info("The search index holds {} documents ({} of an older mapping) while {} articles exist: rebuilding it in the background",
                    indexed, outdated, inDatabase);
            massIndexer().start()
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            log.error("Rebuilding the search index failed", failure);
                        } else {
                            try {
                                reindexTwiceIndexed();
                                log.info("Search index rebuilt: {} articles", indexed());
                            } catch (RuntimeException e) {
                                log.error("Indexing once more the articles saved during the rebuild failed", e);
                            }
                        }
                    });
            return true;
        }
        return false;
    }

    /**
     * Rebuilds from scratch with as many threads loading articles as there are cores (at least two), each holding a
     * connection: the rest of the pool keeps serving pages while a large index is rebuilt. The index is merged into one
     * segment at the end: a rebuild leaves dozens, and every search would otherwise look each word up in each of them.
     */
    private MassIndexer massIndexer() {
        return Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                .purgeAllOnStart(true).mergeSegmentsOnFinish(true).typesToIndexInParallel(1)
                .threadsToLoadObjects(Math.max(2, Runtime.getRuntime().availableProcessors())).batchSizeToLoadObjects(100);
    }

    /** Documents in the index: every article, published or not, once indexed. */
    long indexed() {
        return count(f -> f.matchAll());
    }

    /** Every article is in the index, as this version's mapping ({@link Article#SEARCH_MAPPING}) indexes it. */
    boolean upToDate() {
        long current = indexedWith(Article.SEARCH_MAPPING);
        return current == indexed() && current >= articles.count();
    }

    /** Documents indexed by the mapping of that version. */
    private long indexedWith(int mapping) {
        return count(f -> f.match().field("search_mapping").matching(mapping));
    }

    private long count(Function<SearchPredicateFactory, PredicateFinalStep> where) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(Article.class).where(where).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    private static Set<Long> withChildren(long columnId, Collection<ColumnNode> columns) {
        Set<Long> ids = new HashSet<>();
        ids.add(columnId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ColumnNode column : columns) {
                if (column.parentId() != null && ids.contains(column.parentId()) && ids.add(column.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /**
     * A part is found when all its character pairs are in the article, or all those of each of its smartcn words. For a
     * part of Chinese characters only the second holds whenever the first does (its words are pieces of it), so it is
     * asked alone: one conjunction instead of two.
     */
    private static PredicateFinalStep found(SearchPredicateFactory f, Part part) {
        if (part.words().size() < 2) {
            return inText(f, part.whole());
        }
        var eachWord = f.and();
        part.words().forEach(word -> eachWord.add(inText(f, word)));
        return part.whole().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? eachWord : f.or(inText(f, part.whole()), eachWord);
    }

    private static PredicateFinalStep inText(SearchPredicateFactory f, String word) {
        return f.match().field("text_bigram").matching(word).minimumShouldMatchPercent(100);
    }

    /** What the results mark: each part's Chinese runs, Latin words and numbers, and its smartcn words of two or more characters. */
    private static List<String> wordsToMark(List<Part> parts) {
        List<String> words = new ArrayList<>();
        for (Part part : parts) {
            words.addAll(WordMarker.wordsOf(part.whole()));
            part.words().stream().filter(word -> word.length() > 1).forEach(words::add);
        }
        return words;
    }

    /** One part of a query as the reader separated it with spaces, and the words smartcn finds in it. */
    record Part(String whole, List<String> words) {
    }

    /** The parts of a query (at most ten), leaving out signs such as {@code *} or {@code /} that are not words. */
    List<Part> parts(String text) {
        Analyzer chinese = queryWords.chinese();
        return Arrays.stream(text.split("[\\s\u3000]+")).filter(ArticleSearching::hasWord).distinct().limit(10)
                .map(whole -> new Part(whole, words(chinese, whole))).toList();
    }

    private static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (hasWord(word) && !words.contains(word) && words.size() < 10) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static boolean hasWord(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
