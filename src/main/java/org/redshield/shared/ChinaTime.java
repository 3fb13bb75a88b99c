package org.redshield.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * China Standard Time (北京时间): the zone every receipt date and due date is counted in, whatever offset a timestamp
 * arrives with.
 */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	public static LocalDate dateOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}
}
