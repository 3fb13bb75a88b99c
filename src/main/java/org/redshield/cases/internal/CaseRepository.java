package org.redshield.cases.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import org.redshield.cases.Case;

/**
 * Stores the case aggregate with its timeline and deadlines.
 */
public interface CaseRepository extends ListCrudRepository<Case, Long> {

	Optional<Case> findByNumber(String number);

	Optional<Case> findBySourcePartnerCodeAndPartnerOrderNumber(String partnerCode, String partnerOrderNumber);
}
