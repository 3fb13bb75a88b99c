-- Items transferred in by partner hotlines (转办): the partner unit and its own work-order number.
alter table cases add column source_partner_code text;
alter table cases add column partner_order_number text;
-- serves: idempotent intake, one case per (partner, partner work-order number), also under concurrent replays
create unique index cases_partner_order_idx on cases (source_partner_code, partner_order_number)
    where source_partner_code is not null;
