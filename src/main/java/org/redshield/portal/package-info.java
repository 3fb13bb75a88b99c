/**
 * The public site (网上投诉举报平台): consumers submit complaints, reports and consultations from a phone, verify their
 * number by SMS code, track their case with its number and query code, and rate the handling once it is closed.
 */
package org.redshield.portal;
