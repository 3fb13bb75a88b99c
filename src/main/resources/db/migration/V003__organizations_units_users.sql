-- The unit tree (机构树). Codes are stable keys that other tables and partner systems use.
create table unit (
    code          text primary key,
    name          text not null,
    kind          text not null check (kind in ('CENTRE','BUREAU','BRANCH_OFFICE','SERVICE_STATION','CONSUMER_ASSOCIATION','PARTNER_HOTLINE')),
    parent_code   text references unit (code),
    division_code char(6),
    path          text not null unique,
    active        boolean not null default true
);
-- serves: subtree scope checks and listings (path like '/HD12315/HD130403/%')
create index unit_path_idx on unit (path text_pattern_ops);

-- The GB/T 2260 divisions a unit covers (管辖区域).
create table unit_jurisdiction (
    unit_code     text not null references unit (code) on delete cascade,
    division_code char(6) not null,
    primary key (unit_code, division_code)
);
-- serves: routing, "which units cover division X"
create index unit_jurisdiction_division_idx on unit_jurisdiction (division_code);

create table staff_user (
    id            bigint generated always as identity primary key,
    username      text not null unique,
    display_name  text not null,
    password_hash text not null,
    unit_code     text not null references unit (code),
    roles         text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

-- API bearer tokens: only a SHA-256 hash of each token is kept; the token itself is shown once.
create table api_token (
    id          bigint generated always as identity primary key,
    user_id     bigint not null references staff_user (id) on delete cascade,
    token_hash  bytea not null unique,
    name        text,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
-- serves: listing a user's tokens
create index api_token_user_idx on api_token (user_id);
