-- The transactional outbox (module exchange): every message to a partner is written in the transaction of the move
-- that caused it, then delivered by a worker with retries and backoff, in order per (partner, case), each attempt
-- logged. message_key is the idempotency key the partner sees; payload is the exact body that is signed and sent.
create table exchange_outbox (
    id              bigint generated always as identity primary key,
    message_key     uuid not null unique,
    partner_code    text not null,
    case_number     text not null,
    -- 1, 2, 3 ... per (partner, case): the order the partner must apply them in
    sequence        int not null,
    kind            text not null check (kind in ('FEEDBACK', 'TRANSFER', 'INTERIM')),
    event_type      text not null,
    payload         text not null,
    status          text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    give_up_at      timestamptz not null,
    -- a worker's claim: until lease_until no other worker takes the message; lease_token makes its result stick
    lease_until     timestamptz,
    lease_token     uuid,
    last_status     int,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (partner_code, case_number, sequence)
);
-- serves: the worker's claim of due messages (where status = 'PENDING' and next_attempt_at <= ? order by id)
create index exchange_outbox_due_idx on exchange_outbox (next_attempt_at, id) where status = 'PENDING';
-- serves: "is an earlier message of this (partner, case) still undelivered?" (in-order delivery) and the next sequence
create index exchange_outbox_order_idx on exchange_outbox (partner_code, case_number, id) where status <> 'DELIVERED';
-- serves: a case's messages on the case page (where case_number = ? order by id)
create index exchange_outbox_case_idx on exchange_outbox (case_number, id);
-- serves: the console's delivery lists by status, newest first (where status = ? order by id desc)
create index exchange_outbox_status_idx on exchange_outbox (status, id desc);

create table exchange_delivery_attempt (
    id               bigint generated always as identity primary key,
    outbox_id        bigint not null references exchange_outbox (id) on delete cascade,
    started_at       timestamptz not null,
    duration_ms      int not null,
    http_status      int,
    error            text,
    response_excerpt text,
    worker           text not null
);
-- serves: the attempts of one message (where outbox_id = ? order by id)
create index exchange_delivery_attempt_outbox_idx on exchange_delivery_attempt (outbox_id, id);
