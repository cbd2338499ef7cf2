-- Spring Modulith's event publication registry: an event between features (a record changed, an edition's awards)
-- is written here in the transaction that publishes it, and marked completed once its listener has handled it, so
-- that a listener that failed is tried again and none is lost across a crash. The layout of Modulith 2.1 (schema v2).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id, serialized_event);
