-- Hit counts, apart from the articles: an editor saving an article can never overwrite them
CREATE TABLE article_hits
(
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    hits       BIGINT NOT NULL DEFAULT 0 CHECK (hits >= 0)
);
