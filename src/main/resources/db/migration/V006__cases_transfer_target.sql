-- The unit a case was transferred out to (a partner hotline, the police under N42, another agency).
alter table cases add column transfer_target_code text;
