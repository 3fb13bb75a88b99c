package org.redshield.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.Cases;
import org.redshield.cases.Move;
import org.redshield.cases.MoveCommand;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.PhoneNumber;

/**
 * Follow-up calls (回访) after closure: the officer records whether the complainant was reached, the score they gave
 * and a note. The call goes onto the case's timeline as a note (staff only) and the score into the satisfaction
 * figures of the handling unit.
 */
@Service
class FollowUps {

	static final int MAX_NOTE = 1000;

	/** A closed case in the officer's scope, with what is known of its satisfaction. */
	record Closed(String number, String type, String complainant, String phone, String unitName,
			OffsetDateTime closedAt, Integer onlineScore, String onlineComment, Integer phoneScore, long calls) {
	}

	private final Cases cases;

	private final Satisfaction satisfaction;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(Cases cases, Satisfaction satisfaction, Organization organization, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.satisfaction = satisfaction;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Cases closed in the last {@code days} days in the user's scope, the latest first (回访清单). */
	@Transactional(readOnly = true)
	List<Closed> closed(StaffUser user, int days) {
		StringBuilder sql = new StringBuilder("""
				select c.number, c.type, c.complainant_name, c.complainant_phone, c.handling_unit_code, c.updated_at,
				       o.score, o.comment, p.score,
				       (select count(*) from portal_follow_up f where f.case_number = c.number)
				from cases c
				left join portal_satisfaction o on o.case_number = c.number and o.source = 'ONLINE'
				left join portal_satisfaction p on p.case_number = c.number and p.source = 'PHONE'
				where c.status = 'CLOSED' and c.type <> 'REPORT' and c.updated_at >= ?
				""");
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(clock.instant().minus(days, ChronoUnit.DAYS)));
		if (!user.atRoot()) {
			sql.append(" and (c.handling_unit_code = any(?) or c.mediator_unit_code = any(?))");
			String[] codes = organization.subtree(user.unitCode()).stream().map(Unit::code).toArray(String[]::new);
			params.add(codes);
			params.add(codes);
		}
		sql.append(" order by c.updated_at desc limit 200");
		return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Closed(rs.getString(1), rs.getString(2),
				rs.getString(3), PhoneNumber.mask(rs.getString(4)),
				organization.find(rs.getString(5)).map(Unit::name).orElse(rs.getString(5)),
				rs.getTimestamp(6).toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(),
				(Integer) rs.getObject(7), rs.getString(8), (Integer) rs.getObject(9), rs.getLong(10))).list();
	}

	/** Records a call; the case must be in the officer's scope (404 otherwise). */
	@Transactional
	void record(String number, boolean reached, Integer score, String note, String noteText, StaffUser user) {
		if (score != null && (score < 1 || score > 5)) {
			throw new InvalidRequestException("score", "portal.error.score");
		}
		if (score != null && !reached) {
			throw new InvalidRequestException("score", "portal.error.score-unreached");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new InvalidRequestException("note", "portal.error.too-long");
		}
		cases.move(number, new MoveCommand(Move.NOTE, null, noteText, null, null, null, null), user);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into portal_follow_up (case_number, reached, score, note, officer, unit_code, at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(number, reached, score, text, user.getUsername(), user.unitCode(), Timestamp.from(now)).update();
		if (score != null) {
			satisfaction.recordByPhone(number, score, text, user.getUsername(), now);
		}
	}
}
