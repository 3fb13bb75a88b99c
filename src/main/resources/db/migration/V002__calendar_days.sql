-- Holiday notices loaded by an admin after the release (module calendar): one row per statutory holiday 法定节假日
-- or swapped weekend workday 调休上班. A year with rows here replaces that year of the shipped chinese-days table.
create table calendar_day (
    -- serves: the primary key index answers the load of the whole table (select day, kind, name from calendar_day
    -- order by day) at startup and on refresh, and the replacement of one year
    -- (delete from calendar_day where day between :first and :last) as a range scan
    day       date primary key,
    kind      text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name      text not null check (btrim(name) <> ''),
    loaded_at timestamptz not null default now(),
    loaded_by text
);
