-- Satisfaction (满意度) after closure: online through the signed link of the closing SMS, or told on a follow-up call.
create table portal_satisfaction (
    id                 bigint generated always as identity primary key,
    case_number        text not null,
    -- ONLINE (the consumer, once) or PHONE (an officer's follow-up call, the latest answer kept)
    source             text not null,
    score              smallint not null check (score between 1 and 5),
    comment            text,
    handling_unit_code text,
    rated_at           timestamptz not null,
    recorded_by        text,
    unique (case_number, source)
);
-- serves: a unit's satisfaction over a period (where handling_unit_code = any(?) and rated_at >= ? and rated_at < ?)
create index portal_satisfaction_unit_idx on portal_satisfaction (handling_unit_code, rated_at);

-- Follow-up calls (回访) recorded by officers.
create table portal_follow_up (
    id          bigint generated always as identity primary key,
    case_number text not null,
    reached     boolean not null,
    score       smallint check (score between 1 and 5),
    note        text,
    officer     text not null,
    unit_code   text,
    at          timestamptz not null
);
-- serves: a case's follow-ups (where case_number = ? order by at)
create index portal_follow_up_case_idx on portal_follow_up (case_number, at);

-- Notifications sent to complainants (SMS), one per case move, so a redelivered event sends nothing twice.
create table portal_notification (
    case_number text not null,
    move        text not null,
    moved_at    timestamptz not null,
    sent_at     timestamptz not null,
    primary key (case_number, move, moved_at)
);
