-- N37 and PIPL: every view of a reporter's identity (举报人身份信息) is recorded: who, when, which case.
create table reporter_identity_view (
    id          bigint generated always as identity primary key,
    case_number text not null,
    username    text not null,
    viewed_at   timestamptz not null
);
-- serves: "who saw the identity of the reporter of case X"
create index reporter_identity_view_case_idx on reporter_identity_view (case_number, viewed_at);
