-- Hibernate Search's outbox-polling coordination (used with an OpenSearch cluster, citybridge.search.url): each change
-- to an indexed article is written here in the committing transaction and indexed by one instance's background
-- processor, so nothing is lost while the cluster is down. The agents table lets the instances share that work.
-- As Hibernate Search 8.2 maps them (ddl-auto=validate); with the embedded Lucene backend both stay empty.
CREATE TABLE hsearch_agent (
    id                   uuid         NOT NULL PRIMARY KEY,
    type                 varchar(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255) NOT NULL,
    expiration           timestamp(6) with time zone NOT NULL,
    state                varchar(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);

CREATE TABLE hsearch_outbox_event (
    id             uuid         NOT NULL PRIMARY KEY,
    entity_name    varchar(256) NOT NULL,
    entity_id      varchar(256) NOT NULL,
    entity_id_hash integer      NOT NULL,
    payload        bytea        NOT NULL,
    retries        integer      NOT NULL,
    process_after  timestamp(6) with time zone NOT NULL,
    status         varchar(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);

CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);
