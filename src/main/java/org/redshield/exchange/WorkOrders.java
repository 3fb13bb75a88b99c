package org.redshield.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.Case;
import org.redshield.cases.CaseMoved;
import org.redshield.cases.CaseStatus;
import org.redshield.cases.Respondent;

/**
 * The work orders partners sent (转办工单), kept as a read model: what came in (service, description, location) and,
 * updated from every {@link CaseMoved} in the move's own transaction, where the case stands. It answers the partners'
 * status queries and Open311's GET requests without touching the cases module's tables.
 */
@Service
class WorkOrders {

	/** Open311 allows 4,000 characters of description. */
	static final int MAX_DESCRIPTION = 4000;

	/** How a work order arrived. */
	enum Via {
		API, OPEN311
	}

	/** What the partner sent besides the case: the Open311 service and location details. */
	record Origin(Via via, String serviceCode, Double lat, Double lon, String mediaUrl) {

		static Origin api(String serviceCode) {
			return new Origin(Via.API, serviceCode, null, null, null);
		}
	}

	/** A work order as stored. */
	record WorkOrder(String caseNumber, String partnerCode, String partnerOrderNumber, String serviceCode, Via via,
			String caseType, Instant receivedAt, LocalDate feedbackDueDate, CaseStatus status, String statusNotes,
			String handlingUnitCode, String description, String address, Double lat, Double lon, String mediaUrl,
			Instant updatedAt) {

		boolean closed() {
			return status.isFinal();
		}
	}

	/** Filters of a listing; null means any. */
	record Query(List<String> caseNumbers, List<String> serviceCodes, Instant from, Instant to, Boolean closed,
			int limit) {
	}

	private final JdbcClient jdbc;

	WorkOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a work order just registered as {@code c}, in the registration's transaction. */
	@Transactional
	void record(Case c, String partnerCode, String partnerOrderNumber, LocalDate feedbackDueDate, Origin origin,
			Instant now) {
		Respondent r = c.respondent();
		String description = c.facts() != null ? c.facts() : c.request();
		jdbc.sql("""
				insert into exchange_work_order (case_number, partner_code, partner_order_number, service_code, via,
				    case_type, received_at, feedback_due_date, status, status_notes, handling_unit_code, description,
				    address, lat, lon, media_url, updated_at)
				values (:number, :partner, :order, :service, :via, :type, :received, :due, :status, :notes, :unit,
				    :description, :address, :lat, :lon, :media, :now)""")
			.param("number", c.number())
			.param("partner", partnerCode)
			.param("order", partnerOrderNumber)
			.param("service", origin.serviceCode())
			.param("via", origin.via().name())
			.param("type", c.type().name())
			.param("received", Timestamp.from(c.receivedAt()))
			.param("due", feedbackDueDate, Types.DATE)
			.param("status", c.status().name())
			.param("notes", lastNote(c), Types.VARCHAR)
			.param("unit", c.handlingUnitCode(), Types.VARCHAR)
			.param("description", truncate(description), Types.VARCHAR)
			.param("address", r == null ? null : r.address(), Types.VARCHAR)
			.param("lat", origin.lat(), Types.DOUBLE)
			.param("lon", origin.lon(), Types.DOUBLE)
			.param("media", origin.mediaUrl(), Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Follows a move of a work order's case (nothing happens for other cases or before the work order is recorded). */
	void track(CaseMoved e) {
		String notes = e.note() != null && !e.note().isBlank() ? e.note() : e.reason();
		jdbc.sql("""
				update exchange_work_order set status = :status, handling_unit_code = :unit, updated_at = :at,
				    status_notes = coalesce(:notes, status_notes)
				where case_number = :number""")
			.param("status", e.to().name())
			.param("unit", e.handlingUnitCode(), Types.VARCHAR)
			.param("at", Timestamp.from(e.at()))
			.param("notes", truncate(notes), Types.VARCHAR)
			.param("number", e.number())
			.update();
	}

	Optional<WorkOrder> find(String partnerCode, String partnerOrderNumber) {
		return jdbc.sql(SELECT + " where partner_code = ? and partner_order_number = ?")
			.params(partnerCode, partnerOrderNumber)
			.query(WorkOrders::map)
			.optional();
	}

	Optional<WorkOrder> byCase(String caseNumber) {
		return jdbc.sql(SELECT + " where case_number = ?").param(caseNumber).query(WorkOrders::map).optional();
	}

	/** A partner's work orders, newest first. */
	List<WorkOrder> list(String partnerCode, Query query) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where partner_code = ?");
		List<Object> params = new ArrayList<>();
		params.add(partnerCode);
		if (query.caseNumbers() != null) {
			sql.append(" and case_number = any(?)");
			params.add(query.caseNumbers().toArray(String[]::new));
		}
		else {
			if (query.serviceCodes() != null) {
				sql.append(" and service_code = any(?)");
				params.add(query.serviceCodes().toArray(String[]::new));
			}
			if (query.from() != null) {
				sql.append(" and received_at >= ?");
				params.add(Timestamp.from(query.from()));
			}
			if (query.to() != null) {
				sql.append(" and received_at <= ?");
				params.add(Timestamp.from(query.to()));
			}
			if (query.closed() != null) {
				sql.append(query.closed() ? " and status in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT')"
						: " and status not in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT')");
			}
		}
		sql.append(" order by received_at desc, case_number desc limit ?");
		params.add(query.limit());
		return jdbc.sql(sql.toString()).params(params).query(WorkOrders::map).list();
	}

	private static final String SELECT = """
			select case_number, partner_code, partner_order_number, service_code, via, case_type, received_at,
			       feedback_due_date, status, status_notes, handling_unit_code, description, address, lat, lon,
			       media_url, updated_at
			from exchange_work_order""";

	private static WorkOrder map(ResultSet rs, int row) throws SQLException {
		return new WorkOrder(rs.getString("case_number"), rs.getString("partner_code"),
				rs.getString("partner_order_number"), rs.getString("service_code"), Via.valueOf(rs.getString("via")),
				rs.getString("case_type"), rs.getTimestamp("received_at").toInstant(),
				rs.getObject("feedback_due_date", LocalDate.class), CaseStatus.valueOf(rs.getString("status")),
				rs.getString("status_notes"), rs.getString("handling_unit_code"), rs.getString("description"),
				rs.getString("address"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
				rs.getString("media_url"), rs.getTimestamp("updated_at").toInstant());
	}

	private static String lastNote(Case c) {
		var timeline = c.timeline();
		for (int i = timeline.size() - 1; i >= 0; i--) {
			var entry = timeline.get(i);
			if (entry.note() != null && !entry.note().isBlank()) {
				return truncate(entry.note());
			}
		}
		return null;
	}

	static String truncate(String text) {
		if (text == null) {
			return null;
		}
		return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
	}
}
