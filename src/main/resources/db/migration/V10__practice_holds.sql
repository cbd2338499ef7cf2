-- A published record can be held back from the public registry (search, similar practices, its public page)
-- while something needs it unseen: a blind competition keeps its entries from jurors' searches until judging
-- ends. Holders name themselves, so each releases only its own holds.
create table practice_hold (
    practice_id bigint       not null references practice (id),
    holder      varchar(100) not null,
    held_at     timestamp(6) with time zone not null,
    primary key (practice_id, holder)
);
