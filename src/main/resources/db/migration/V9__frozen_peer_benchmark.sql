-- The peer benchmark is computed against a snapshot of the peers' closed rounds that moves only after several
-- new rounds have closed, and each round keeps the snapshot time in force when it closed: rereading a benchmark,
-- or closing one's own rounds again and again, cannot isolate what a single peer agreed.
create table benchmark_snapshot (
    framework_id bigint primary key references assessment_framework (id),
    taken_at     timestamp(6) with time zone not null
);

alter table assessment_round add column benchmark_as_of timestamp(6) with time zone;
