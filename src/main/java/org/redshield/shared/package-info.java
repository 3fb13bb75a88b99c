/**
 * The shared kernel: value types every module speaks (phone numbers with masking, the clock, the database bootstrap).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.redshield.shared;
