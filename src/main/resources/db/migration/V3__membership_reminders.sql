-- Which expiry reminders a member has been sent, per validity period: the primary key
-- makes each reminder go out once, even when several app instances run the job at the
-- same moment, and a renewal (a new valid_until) starts a fresh set.
create table member_reminder (
    member_id    bigint      not null references member (id) on delete cascade,
    kind         varchar(20) not null,
    valid_until  date        not null,
    sent_at      timestamptz not null,
    primary key (member_id, kind, valid_until),
    constraint member_reminder_kind_check check (kind in ('EXPIRES_IN_30', 'EXPIRES_IN_7', 'EXPIRED'))
);
