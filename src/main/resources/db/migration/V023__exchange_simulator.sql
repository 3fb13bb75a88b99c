-- The demo's simulated partner hotline (module exchange, demo mode only): what it sent and what it received.
create table exchange_simulator_sent (
    id                   bigint generated always as identity primary key,
    partner_code         text not null,
    partner_order_number text not null,
    summary              text not null,
    http_status          int not null,
    case_number          text,
    sent_at              timestamptz not null
);

create table exchange_simulator_received (
    id             bigint generated always as identity primary key,
    partner_code   text not null,
    message_key    text,
    event_type     text,
    case_number    text,
    signature_ok   boolean not null,
    duplicate      boolean not null,
    body           text not null,
    received_at    timestamptz not null
);
-- serves: "has this key been received before?" (duplicate detection by the simulated partner)
create index exchange_simulator_received_key_idx on exchange_simulator_received (partner_code, message_key);
