package org.redshield.shared;

/**
 * A request that is well-formed but not allowed in the current state (409), e.g. an illegal lifecycle move.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
