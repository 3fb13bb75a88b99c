package org.redshield.analytics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The cases behind a figure, newest first, personal data masked (王**, 138****8000) as in every list.
 *
 * @param total how many cases the figure counts, the length of the whole list
 */
public record CaseList(long total, int limit, int offset, List<Row> items) {

	/** One case of the list. */
	public record Row(String number, String type, String channel, String status, OffsetDateTime receivedAt,
			String complainantName, String complainantPhone, String respondentName, String handlingUnitCode,
			String handlingUnitName, String category, String categoryName, String issue, String issueName,
			BigDecimal recoveredAmount) {
	}
}
