package org.redshield.cases;

import java.time.LocalDate;

/**
 * Where a transferred item came from (转办来源): the partner hotline unit, the partner's own work-order number, and the
 * date by which the partner expects feedback (反馈时限).
 */
public record TransferSource(String partnerUnitCode, String partnerOrderNumber, LocalDate feedbackDueDate) {
}
