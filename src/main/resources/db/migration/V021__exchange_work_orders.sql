-- Work orders received from partners (转办工单), as a read model kept by the exchange module from CaseMoved events:
-- what the partner sent, and where the case stands, for the partner's status queries and Open311 GET requests.
create table exchange_work_order (
    case_number          text primary key,
    partner_code         text not null,
    partner_order_number text not null,
    service_code         text not null,
    -- API (native) or OPEN311
    via                  text not null,
    case_type            text not null,
    received_at          timestamptz not null,
    feedback_due_date    date,
    status               text not null,
    status_notes         text,
    handling_unit_code   text,
    description          text,
    address              text,
    lat                  double precision,
    lon                  double precision,
    media_url            text,
    updated_at           timestamptz not null,
    interim_sent_at      timestamptz,
    unique (partner_code, partner_order_number)
);
-- serves: Open311 GET requests of one partner in a date window, newest first
-- (where partner_code = ? and received_at between ? and ? order by received_at desc limit 1000)
create index exchange_work_order_partner_received_idx on exchange_work_order (partner_code, received_at desc);
-- serves: the interim-feedback sweep (where feedback_due_date <= ? and interim_sent_at is null and not finished)
create index exchange_work_order_feedback_due_idx on exchange_work_order (feedback_due_date)
    where interim_sent_at is null and status not in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT');
