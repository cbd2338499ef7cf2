-- Each record carries the licence under which others may reuse it (the public page, the open data API, the dump),
-- chosen by its author; records documented before this choice existed are under the default, CC BY 4.0.
alter table practice add column licence varchar(20) default 'CC-BY-4.0' not null;
