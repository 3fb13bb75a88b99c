package org.redshield.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Forms and files a consumer sends. */
final class PortalFixtures {

	private PortalFixtures() {
	}

	/** A complaint about a fridge shop in 丛台区 (130403): routed to 丛台区局, where the demo officer works. */
	static Map<String, String> fridgeComplaint() {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("type", "COMPLAINT");
		f.put("name", "李小梅");
		f.put("address", "河北省邯郸市丛台区中华北大街 1 号");
		f.put("respondentName", "邯郸市丛台区某某电器商行");
		f.put("respondentAddress", "邯郸市丛台区人民路 88 号");
		f.put("division", "130403");
		f.put("request", "退货并退还货款");
		f.put("facts", "十月一日购买的冰箱不制冷，商家拒绝退货。");
		f.put("amount", "2999");
		f.put("promise", "true");
		return f;
	}

	static Map<String, String> reportAbout(String business) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("type", "REPORT");
		f.put("respondentName", business);
		f.put("respondentAddress", "邯郸市丛台区人民路 90 号");
		f.put("division", "130403");
		f.put("facts", "该店销售过期食品。");
		f.put("promise", "true");
		return f;
	}

	/** The smallest valid PNG: a 1x1 transparent pixel. */
	static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
			+ "0000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	/** A Windows program named like a photo: refused by its content. */
	static byte[] disguisedExecutable() {
		byte[] b = new byte[2048];
		b[0] = 'M';
		b[1] = 'Z';
		return b;
	}

	/** A JPEG header followed by {@code size} bytes: a real type, but too large. */
	static byte[] jpegOf(int size) {
		byte[] b = new byte[size];
		Arrays.fill(b, (byte) 7);
		b[0] = (byte) 0xFF;
		b[1] = (byte) 0xD8;
		b[2] = (byte) 0xFF;
		return b;
	}
}
