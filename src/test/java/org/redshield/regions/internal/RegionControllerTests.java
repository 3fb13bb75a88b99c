package org.redshield.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.redshield.regions.DivisionLevel;
import org.redshield.regions.Divisions;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The regions endpoints without a Spring context: MockMvc runs the controller alone, with the RFC 9457 problem rendering
 * Spring Boot enables through {@code spring.mvc.problemdetails.enabled}. Security is not in play here.
 */
class RegionControllerTests {

	private final RegionController controller = new RegionController(Divisions.fromClasspath());

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
		.setControllerAdvice(new ProblemDetails())
		.build();

	@Test
	void returnsADivisionWithItsFullNameAndChildren() {
		RegionController.RegionResponse handan = controller.byCode("130400");

		assertThat(handan.code()).isEqualTo("130400");
		assertThat(handan.name()).isEqualTo("邯郸市");
		assertThat(handan.level()).isEqualTo(DivisionLevel.PREFECTURE);
		assertThat(handan.fullName()).isEqualTo("河北省邯郸市");
		assertThat(handan.children()).hasSize(18)
			.first()
			.isEqualTo(new RegionController.ChildResponse("130402", "邯山区"));
	}

	@Test
	void rejectsAnUnknownCodeWithNotFound() {
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> controller.byCode("130499"))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void rejectsAnAddressNamingNoDivisionUnambiguouslyWithNotFound() {
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> controller.byAddress("朝阳区"))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void servesADivisionByCodeAsJson() throws Exception {
		mvc.perform(get("/api/v1/regions/{code}", "130403"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("130403"))
			.andExpect(jsonPath("$.name").value("丛台区"))
			.andExpect(jsonPath("$.level").value("COUNTY"))
			.andExpect(jsonPath("$.fullName").value("河北省邯郸市丛台区"))
			.andExpect(jsonPath("$.children").isEmpty());
	}

	@Test
	void servesChildrenAsCodeAndName() throws Exception {
		mvc.perform(get("/api/v1/regions/{code}", "130400"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children.length()").value(18))
			.andExpect(jsonPath("$.children[0].code").value("130402"))
			.andExpect(jsonPath("$.children[0].name").value("邯山区"))
			.andExpect(jsonPath("$.children[17].code").value("130481"))
			.andExpect(jsonPath("$.children[17].name").value("武安市"));
	}

	@Test
	void answersANotFoundProblemForAnUnknownCode() throws Exception {
		mvc.perform(get("/api/v1/regions/{code}", "999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void servesTheDivisionAnAddressNames() throws Exception {
		mvc.perform(get("/api/v1/regions").param("address", "北京市朝阳区建国路88号"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("110105"))
			.andExpect(jsonPath("$.fullName").value("北京市朝阳区"));
	}

	@Test
	void answersANotFoundProblemForAnAmbiguousAddress() throws Exception {
		mvc.perform(get("/api/v1/regions").param("address", "朝阳区"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void rejectsAnAddressLookupWithoutAnAddress() throws Exception {
		mvc.perform(get("/api/v1/regions")).andExpect(status().isBadRequest());
	}

	@ControllerAdvice
	static class ProblemDetails extends ResponseEntityExceptionHandler {

	}
}
