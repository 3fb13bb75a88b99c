-- The case aggregate (诉求件): root row, timeline (办理记录) and deadlines (办理时限).
create sequence case_number_seq;

create table cases (
    id                                bigint generated always as identity primary key,
    version                           int not null,
    number                            text not null unique,
    type                              text not null,
    channel                           text not null,
    status                            text not null,
    rules                             text not null,
    received_at                       timestamptz not null,
    received_on                       date not null,
    complainant_name                  text,
    complainant_phone                 text,
    complainant_address               text,
    respondent_name                   text,
    respondent_address                text,
    respondent_division_code          char(6),
    respondent_platform_name          text,
    respondent_platform_division_code char(6),
    conduct_division_code             char(6),
    request                           text,
    facts                             text,
    amount                            numeric(14, 2),
    handling_unit_code                text,
    transfer_division_code            char(6),
    competent_division_code           char(6),
    routing_basis                     text,
    mediator_unit_code                text,
    linked_case_number                text,
    recovered_amount                  numeric(14, 2),
    refusal_reason                    text,
    termination_reason                text,
    answer                            text,
    accepted_on                       date,
    paused_since                      date,
    paused_units                      int not null default 0,
    verification_extended             boolean not null default false,
    due_date                          date,
    due_step                          text,
    created_at                        timestamptz not null,
    updated_at                        timestamptz not null
);
-- serves: a unit's queue, open cases ordered by next due date (where handling_unit_code = any(?) order by due_date)
create index cases_unit_due_idx on cases (handling_unit_code, due_date) where status not in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT');
-- serves: the centre's queue over all units and the due-soon / overdue lists (order by due_date)
create index cases_due_idx on cases (due_date) where due_date is not null;
-- serves: listings by receipt date (newest first)
create index cases_received_idx on cases (received_at desc);

create table case_timeline (
    case_id     bigint not null references cases (id) on delete cascade,
    seq         int not null,
    at          timestamptz not null,
    move        text not null,
    from_status text,
    to_status   text not null,
    actor       text not null,
    actor_name  text,
    unit_code   text,
    reason      text,
    note        text,
    primary key (case_id, seq)
);

create table case_deadline (
    case_id    bigint not null references cases (id) on delete cascade,
    idx        int not null,
    step       text not null,
    start_date date not null,
    due_date   date not null,
    extended   boolean not null,
    paused     boolean not null,
    met_on     date,
    primary key (case_id, idx)
);
