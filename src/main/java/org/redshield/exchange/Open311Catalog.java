package org.redshield.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.redshield.cases.CaseType;
import org.redshield.categories.Categories;
import org.redshield.categories.Category;
import org.redshield.categories.CategoryKind;

/**
 * The Open311 services (服务目录), read live from the item types and the codebook: {@code TS} 投诉, {@code JB} 举报,
 * {@code ZX} 咨询, {@code JY} 意见建议, {@code QZ} 求助, then one complaint service per active goods or services
 * category ({@code TS-G127} 投诉·家用电器, {@code TS-S07} 投诉·电信服务) and one report service per active report type
 * ({@code JB-R03} 举报·食品安全违法行为). A request posted to a category's service is registered with that category (or
 * report type); an admin's renaming or retiring of a codebook entry shows at once. A service's attributes (its Open311
 * service definition) carry what N10 and N28 require beyond the standard parameters.
 */
@Component
class Open311Catalog {

	private static final Map<CaseType, String> TYPE_NAMES = Map.of(CaseType.COMPLAINT, "投诉", CaseType.REPORT, "举报",
			CaseType.CONSULTATION, "咨询", CaseType.SUGGESTION, "意见建议", CaseType.HELP, "求助");

	private static final Map<CaseType, String> TYPE_DESCRIPTIONS = Map.of(CaseType.COMPLAINT,
			"消费者权益争议投诉，由市场监管部门调解（N3）/ Consumer complaint, mediated by the regulator", CaseType.REPORT,
			"涉嫌违法行为举报（N3）/ Report of a suspected violation", CaseType.CONSULTATION, "消费维权咨询 / Consultation",
			CaseType.SUGGESTION, "意见建议 / Suggestion", CaseType.HELP, "求助 / Request for help");

	/** One service type: an item type, with the codebook key it stands for (a category, or a report type), if any. */
	record Service(String code, CaseType type, String name, String group, String description, String keywords,
			String category, String issue) {
	}

	/** One attribute of a service definition; {@code attribute[code]=value} when a request is posted. */
	record Attribute(String code, String datatype, boolean required, String description, String datatypeDescription,
			List<Category> values) {
	}

	private final Categories categories;

	Open311Catalog(Categories categories) {
		this.categories = categories;
	}

	List<Service> all() {
		List<Service> services = new ArrayList<>();
		for (CaseType type : List.of(CaseType.COMPLAINT, CaseType.REPORT, CaseType.CONSULTATION, CaseType.SUGGESTION,
				CaseType.HELP)) {
			services.add(ofType(type));
		}
		for (CategoryKind kind : List.of(CategoryKind.GOODS, CategoryKind.SERVICE, CategoryKind.REPORT)) {
			categories.list(kind, false).forEach(c -> services.add(of(c)));
		}
		return services;
	}

	Optional<Service> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (CaseType type : TYPE_NAMES.keySet()) {
			if (type.prefix().equals(code)) {
				return Optional.of(ofType(type));
			}
		}
		int dash = code.indexOf('-');
		if (dash < 0) {
			return Optional.empty();
		}
		String prefix = code.substring(0, dash);
		return categories.find(code.substring(dash + 1))
			.filter(Category::active)
			.filter(c -> prefix.equals(c.kind() == CategoryKind.REPORT ? CaseType.REPORT.prefix()
					: c.kind() == CategoryKind.ISSUE ? "" : CaseType.COMPLAINT.prefix()))
			.map(this::of);
	}

	/** The type-level service of an item type: {@code TS}, {@code JB}, ... */
	Service ofType(CaseType type) {
		return new Service(type.prefix(), type, TYPE_NAMES.get(type), TYPE_NAMES.get(type), TYPE_DESCRIPTIONS.get(type),
				TYPE_NAMES.get(type) + ", " + type.name().toLowerCase(), null, null);
	}

	/** The service a case belongs to: its category's (or report type's) when it has one, else its item type's. */
	String codeOf(CaseType type, String category, String issue) {
		String key = type == CaseType.COMPLAINT ? category : type == CaseType.REPORT ? issue : null;
		return key == null ? type.prefix()
				: find(type.prefix() + "-" + key).map(Service::code).orElse(type.prefix());
	}

	private Service of(Category c) {
		if (c.kind() == CategoryKind.REPORT) {
			return new Service("JB-" + c.key(), CaseType.REPORT, "举报·" + c.nameZh(), "举报",
					"违法行为举报：" + c.nameZh() + " / Report: " + c.nameEn(), c.nameZh() + ", " + c.nameEn() + ", 举报",
					null, c.key());
		}
		String kind = c.kind() == CategoryKind.GOODS ? "商品类" : "服务类";
		String kindEn = c.kind() == CategoryKind.GOODS ? "goods" : "services";
		return new Service("TS-" + c.key(), CaseType.COMPLAINT, "投诉·" + c.nameZh(), "投诉·" + kind,
				kind + "消费投诉：" + c.nameZh() + " / Complaint about " + kindEn + ": " + c.nameEn(),
				c.nameZh() + ", " + c.nameEn() + ", 投诉", c.key(), null);
	}

	/** The attributes a service asks for beyond first_name, last_name, phone, address_string and description. */
	List<Attribute> attributes(Service service) {
		List<Attribute> list = new ArrayList<>();
		if (service.type() == CaseType.COMPLAINT) {
			list.add(new Attribute("complainant_address", "string", true, "投诉人通讯地址（N10）/ Complainant's postal address",
					null, null));
			list.add(new Attribute("respondent_name", "string", true, "被投诉人名称（N10）/ Respondent business name", null,
					null));
			list.add(new Attribute("request", "text", true, "具体的投诉请求（N10）/ What the complainant asks for", null, null));
			list.add(new Attribute("amount", "number", false, "涉及金额（元）/ Amount involved, yuan", null, null));
			if (service.category() == null) {
				List<Category> classes = new ArrayList<>(categories.list(CategoryKind.GOODS, false));
				classes.addAll(categories.list(CategoryKind.SERVICE, false));
				list.add(new Attribute("category", "singlevaluelist", false, "商品或服务类别 / Goods or services category",
						null, classes));
			}
			list.add(new Attribute("issue", "singlevaluelist", false, "投诉问题类别 / Issue type", null,
					categories.list(CategoryKind.ISSUE, false)));
		}
		else if (service.type() == CaseType.REPORT) {
			list.add(new Attribute("respondent_name", "string", true, "被举报人名称（N28）/ Reported business name", null,
					null));
			list.add(new Attribute("conduct_division_code", "string", false,
					"违法行为发生地行政区划代码（N29）/ Division where the conduct took place", "GB/T 2260, 6 digits", null));
			if (service.issue() == null) {
				list.add(new Attribute("issue", "singlevaluelist", false, "举报类别 / Report type", null,
						categories.list(CategoryKind.REPORT, false)));
			}
		}
		if (service.type() == CaseType.COMPLAINT || service.type() == CaseType.REPORT) {
			list.add(new Attribute("respondent_division_code", "string", false,
					"被投诉（举报）人所在地行政区划代码 / Respondent's division", "GB/T 2260, 6 digits", null));
		}
		list.add(new Attribute("partner_order_number", "string", false,
				"贵方工单号：同一工单号重复提交返回同一诉求 / Your work-order number; resubmitting it returns the same request",
				"1-64 letters, digits and . _ : # -", null));
		list.add(new Attribute("feedback_due_date", "string", false, "要求反馈日期 / The date you expect feedback by",
				"YYYY-MM-DD", null));
		return list;
	}
}
