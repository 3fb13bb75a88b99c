package org.redshield.cases;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts over past complaints by the same contact details, for the signals of N17 (职业索赔的判断因素).
 */
@Service
public class ComplainantHistory {

	private final JdbcClient jdbc;

	ComplainantHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Complaints registered with this phone since the instant (the current one included). */
	public int complaintsByPhoneSince(String phone, Instant since) {
		return jdbc.sql("select count(*) from cases where type = 'COMPLAINT' and complainant_phone = ? and received_at >= ?")
			.params(phone, java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Complaints with this phone against this respondent since the instant. */
	public int complaintsByPhoneAgainstSince(String phone, String respondentName, Instant since) {
		return jdbc.sql("""
				select count(*) from cases where type = 'COMPLAINT' and complainant_phone = ? and respondent_name = ?
				and received_at >= ?""")
			.params(phone, respondentName, java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** How many different complainant names used this phone. */
	public int namesUsingPhone(String phone) {
		return jdbc.sql("select count(distinct complainant_name) from cases where complainant_phone = ?")
			.param(phone)
			.query(Integer.class)
			.single();
	}

	/** How many different complainant names gave this address. */
	public int namesUsingAddress(String address) {
		return jdbc.sql("select count(distinct complainant_name) from cases where complainant_address = ?")
			.param(address)
			.query(Integer.class)
			.single();
	}
}
