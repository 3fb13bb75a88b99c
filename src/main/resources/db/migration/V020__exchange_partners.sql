-- Partner hotlines' exchange settings (module exchange): where their feedback goes, how it is signed, and their
-- feedback rules. The partner itself is a unit of the tree (kind PARTNER_HOTLINE); its API tokens are the
-- organization module's. One row per connected partner; a partner without a row receives nothing.
create table exchange_partner (
    unit_code               text primary key,
    -- absolute http(s) URL, or a path on this platform (the demo simulator)
    callback_url            text,
    -- HMAC-SHA256 key shared with the partner; never returned by the API after it is first shown
    signing_secret          text,
    -- the partner's rule: feedback due this many working days after receipt when its work order names no date
    feedback_working_days   int not null check (feedback_working_days between 1 and 60),
    -- moves the partner is told about, comma separated (ACCEPT,REFUSE,...)
    notify_on               text not null,
    -- GB/T 2260 code prefixes of the jurisdictions this partner takes transfers for (another city's 12315, a superior agency)
    transfer_divisions      text not null default '',
    -- an interim notice (阶段性反馈) when the feedback date arrives before the case is finished
    interim_feedback        boolean not null default true,
    require_signed_requests boolean not null default true,
    enabled                 boolean not null default true,
    updated_at              timestamptz not null,
    updated_by              text
);

-- Replies and reminders a partner sent onto a case (its answer to a transfer, a 催办): idempotent on its reply id.
create table exchange_reply (
    partner_code text not null,
    reply_id     text not null,
    case_number  text not null,
    kind         text not null,
    received_at  timestamptz not null,
    primary key (partner_code, reply_id)
);
