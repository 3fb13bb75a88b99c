/**
 * The staff console (工作台): server-rendered Thymeleaf and htmx screens over the intake and cases modules, Chinese
 * first and English second, quick to drive from the keyboard.
 */
package org.redshield.console;
