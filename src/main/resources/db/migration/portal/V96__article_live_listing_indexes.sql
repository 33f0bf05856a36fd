-- The public listings of live articles at 100,000 articles and more.
-- Newest first across columns: a column page or home-page section of a column with sub-columns walks this in order and
-- stops after its page, instead of sorting every article of the sub-tree (800 ms at 100,000 articles).
CREATE INDEX article_live_newest_idx ON article (publish_at DESC, id DESC) INCLUDE (column_id, expire_at)
    WHERE status = 'PUBLISHED';
-- Per column, with the take-down time: a column's live articles are counted from the index alone, and an article's
-- neighbours in its column are found in order.
CREATE INDEX article_column_live_idx ON article (column_id, publish_at DESC, id DESC) INCLUDE (expire_at)
    WHERE status = 'PUBLISHED';
DROP INDEX article_column_published_idx;
