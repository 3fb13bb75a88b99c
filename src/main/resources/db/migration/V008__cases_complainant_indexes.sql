-- serves: N17 signals, complaints by one phone over a period and against one respondent
create index cases_complainant_phone_idx on cases (complainant_phone, received_at) where complainant_phone is not null;
-- serves: N17 signals, names using one address
create index cases_complainant_address_idx on cases (complainant_address) where complainant_address is not null;
