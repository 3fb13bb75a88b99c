-- Spring Modulith's JDBC event publication registry (schema v2): cross-module events survive a failing listener or a restart.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
-- serves: marking a publication completed, looked up by its serialized event
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
-- serves: outstanding publications (completion_date is null) on restart and cleanup of completed ones
create index event_publication_by_completion_date_idx on event_publication (completion_date);
