-- pgbench custom script: the database work of one intake (POST /api/v1/cases), as the platform sends it in one
-- transaction (org.redshield.cases.Cases#register, saved by Spring Data JDBC): nextval for the case number, the
-- aggregate root into cases (every column the application writes, the generated id returned), two timeline rows
-- (REGISTER, DISPATCH) and the ACCEPTANCE deadline, each as its own statement, as the application sends them.
-- Columns the benchmark's intake leaves empty and that this script does not name (e.g. category_key, issue_key since
-- V010) are inserted as NULL by both. Keep the column list in step with the migrations if a NOT NULL column appears.
-- Run: pgbench -n -M prepared -f bench/intake.sql -c N -j 2 -T 30 <db>   (see bench/intake.sh)
\set d random(1, 18)
\set phone random(0, 99999999)
\set amount random(100, 20099)
\set street random(1, 200)
BEGIN;
SELECT nextval('case_number_seq') AS seq \gset
INSERT INTO cases (version, number, type, channel, status, rules, received_at, received_on,
    complainant_name, complainant_phone, complainant_address,
    respondent_name, respondent_address, respondent_division_code, respondent_platform_name,
    respondent_platform_division_code, conduct_division_code, request, facts, amount,
    handling_unit_code, transfer_division_code, competent_division_code, routing_basis, mediator_unit_code,
    linked_case_number, recovered_amount, refusal_reason, termination_reason, answer, accepted_on, paused_since,
    paused_units, verification_extended, due_date, due_step, created_at, updated_at,
    source_partner_code, partner_order_number, transfer_target_code)
VALUES (0, 'TS' || to_char(current_date, 'YYYYMMDD') || lpad((:seq % 10000000)::text, 7, '0'), 'COMPLAINT', 'HOTLINE',
    'DISPATCHED', 'ORDER_121_2026', now(), current_date,
    '张三', '138' || lpad((:phone)::text, 8, '0'), '河北省邯郸市丛台区人民路' || (:street)::text || '号',
    '邯郸某电器商行', '邯郸市丛台区中华北大街8号',
    (string_to_array('130402,130403,130404,130406,130407,130408,130423,130424,130425,130426,130427,130430,130431,130432,130433,130434,130435,130481', ','))[:d],
    NULL, NULL, NULL, '退货退款', '购买的冰箱不制冷', :amount,
    'HD' || (string_to_array('130402,130403,130404,130406,130407,130408,130423,130424,130425,130426,130427,130430,130431,130432,130433,130434,130435,130481', ','))[:d],
    NULL,
    (string_to_array('130402,130403,130404,130406,130407,130408,130423,130424,130425,130426,130427,130430,130431,130432,130433,130434,130435,130481', ','))[:d],
    'N13 被投诉人实际经营地或住所地', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    0, false, current_date + 7, 'ACCEPTANCE', now(), now(),
    NULL, NULL, NULL)
RETURNING id \gset
INSERT INTO case_timeline (case_id, seq, at, move, from_status, to_status, actor, actor_name, unit_code, reason, note)
VALUES (:id, 0, now(), 'REGISTER', NULL, 'REGISTERED', 'operator', '王丽（接线员）', 'HD12315', NULL, NULL);
INSERT INTO case_timeline (case_id, seq, at, move, from_status, to_status, actor, actor_name, unit_code, reason, note)
VALUES (:id, 1, now(), 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'system', '系统',
    'HD' || (string_to_array('130402,130403,130404,130406,130407,130408,130423,130424,130425,130426,130427,130430,130431,130432,130433,130434,130435,130481', ','))[:d],
    NULL, 'N13 被投诉人实际经营地或住所地');
INSERT INTO case_deadline (case_id, idx, step, start_date, due_date, extended, paused, met_on)
VALUES (:id, 0, 'ACCEPTANCE', current_date, current_date + 7, false, false, NULL);
COMMIT;
