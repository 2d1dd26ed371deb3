package com.rootline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the reports' CSV answers share: averages with two decimals, the download's headers. */
final class ReportCsv {

	private ReportCsv() {
	}

	static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
	}

	static ResponseEntity<String> download(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

}
