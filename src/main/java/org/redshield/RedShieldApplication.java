package org.redshield;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * RedShield: the 12315 consumer complaint and report platform (12315 投诉举报处理平台).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class RedShieldApplication {

	public static void main(String[] args) {
		SpringApplication.run(RedShieldApplication.class, args);
	}
}
