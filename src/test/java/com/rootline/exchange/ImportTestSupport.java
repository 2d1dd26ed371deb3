package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.rootline.support.GraphQlHttp;
import com.rootline.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Uploads a file to POST /imports as a browser would, and waits for its job to end. */
public abstract class ImportTestSupport extends IntegrationTest {

	protected GraphQlHttp.Response upload(String token, String fileName, byte[] content, Map<String, String> params) {
		String boundary = "----rootline" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		params.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
				+ "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(http.uri("/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	protected JsonNode importAndWait(String fileName, byte[] content, Map<String, String> params) {
		GraphQlHttp.Response accepted = upload(AGENT, fileName, content, params);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		return waitFor(accepted.json().path("id").asString());
	}

	protected JsonNode waitFor(String jobId) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			JsonNode job = ok(AGENT, """
					query($id: ID!) { importJob(id: $id) { id status format encoding total processed created updated
					  skipped failed linked message dryRun } }""", Map.of("id", jobId)).at("importJob");
			String status = job.path("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return job;
			}
			assertThat(System.currentTimeMillis()).as("job %s still %s", jobId, status).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
