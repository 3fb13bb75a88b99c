-- The public site (网上投诉举报): what a consumer's online submission adds to its case.
create table portal_submission (
    case_number     text primary key,
    -- HMAC-SHA256 (portal secret) of the query code (查询码) shown once on the receipt; the code itself is not kept
    query_code_hash text not null,
    -- the phone verified by a one-time code before submission, normalized (13800138000)
    phone           text not null,
    language        text not null,
    -- hook for a later issue: the consumer chose to try the business's ODR (在线纠纷解决) first
    odr_choice      text,
    submitted_at    timestamptz not null
);
-- serves: "my cases" for a verified phone (where phone = ? order by submitted_at desc)
create index portal_submission_phone_idx on portal_submission (phone, submitted_at desc);

-- Attachments (图片、PDF) as files under the data directory (attachments/), named by their SHA-256.
create table portal_attachment (
    id            bigint generated always as identity primary key,
    case_number   text not null,
    original_name text not null,
    content_type  text not null,
    size_bytes    bigint not null,
    sha256        char(64) not null,
    created_at    timestamptz not null
);
-- serves: a case's attachments (where case_number = ?)
create index portal_attachment_case_idx on portal_attachment (case_number);
-- serves: whether a stored file is still referenced before it is deleted (where sha256 = ?)
create index portal_attachment_sha_idx on portal_attachment (sha256);

-- One-time codes (短信验证码) proving a phone before submission or tracking; only the code's HMAC is kept.
create table portal_phone_code (
    phone      text primary key,
    code_hash  text not null,
    sent_at    timestamptz not null,
    expires_at timestamptz not null,
    attempts   int not null default 0
);

-- The portal's signing secret (query codes, rating links) when REDSHIELD_PORTAL_SECRET is not set: made on first start.
create table portal_secret (
    id     int primary key check (id = 1),
    secret bytea not null
);
