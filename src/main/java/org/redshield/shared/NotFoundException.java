package org.redshield.shared;

/**
 * Something that does not exist or that the caller may not see (both answer 404, so nothing is disclosed).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
