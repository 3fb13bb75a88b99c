import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop, fixed-rate HTTP load for {@code POST /api/v1/cases} (no wrk2 or vegeta in Debian 12).
 * <p>
 * Request i is due at {@code start + i / rate}. A dispatcher thread hands each due request to a pool of worker threads,
 * each owning one keep-alive connection to the loopback address. Latency is measured from the request's due time, not
 * from when a worker got to send it, so a stalled server shows up as queueing delay in the numbers (no coordinated
 * omission). Bounded: exactly {@code rate * (warmup + duration)} requests, a hard deadline of
 * {@code warmup + duration + 30 s}, and a 10 s socket read timeout; it never targets anything but 127.0.0.1.
 * <p>
 * Usage: {@code java RateClient.java PORT TOKEN RATE DURATION_S [WARMUP_S] [CONNECTIONS]}. Prints one line
 * {@code RATE_RESULT key=value ...} that bench/intake.sh parses, plus a human-readable block.
 */
public class RateClient {

	static final String[] DIVISIONS = { "130402", "130403", "130404", "130406", "130407", "130408", "130423", "130424",
			"130425", "130426", "130427", "130430", "130431", "130432", "130433", "130434", "130435", "130481" };

	static final String HOST = "127.0.0.1";

	static final int READ_TIMEOUT_MS = 10_000;

	static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: RateClient PORT TOKEN RATE DURATION_S [WARMUP_S] [CONNECTIONS]");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		String token = args[1];
		int rate = Integer.parseInt(args[2]);
		int duration = Integer.parseInt(args[3]);
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
		int connections = args.length > 5 ? Integer.parseInt(args[5]) : 64;
		if (rate < 1 || rate > 20_000 || duration < 1 || duration > 600 || warmup < 0 || warmup > 120
				|| connections < 1 || connections > 256) {
			throw new IllegalArgumentException("rate 1..20000, duration 1..600 s, warmup 0..120 s, connections 1..256");
		}
		new RateClient(port, token, rate, duration, warmup, connections).run();
	}

	final int port;

	final String token;

	final int rate;

	final int warmupCount;

	final int measuredCount;

	final int total;

	final int connections;

	/** Latency in nanoseconds from due time to the last byte of the response, per request; -1 = not completed. */
	final long[] latency;

	final int[] status;

	/** When the response to request i was complete (System.nanoTime), for the throughput actually achieved. */
	final long[] done;

	final BlockingQueue<long[]> queue;

	final AtomicInteger maxBusy = new AtomicInteger();

	final AtomicInteger busy = new AtomicInteger();

	final AtomicLong ioErrors = new AtomicLong();

	final AtomicLong reconnects = new AtomicLong();

	volatile long deadline;

	RateClient(int port, String token, int rate, int duration, int warmup, int connections) {
		this.port = port;
		this.token = token;
		this.rate = rate;
		this.warmupCount = rate * warmup;
		this.measuredCount = rate * duration;
		this.total = warmupCount + measuredCount;
		this.connections = connections;
		this.latency = new long[total];
		this.status = new int[total];
		this.done = new long[total];
		Arrays.fill(latency, -1);
		this.queue = new ArrayBlockingQueue<>(total + connections);
	}

	static byte[] body(int i) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String division = DIVISIONS[r.nextInt(DIVISIONS.length)];
		String phone = "138" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
		int amount = 100 + r.nextInt(20_000);
		String json = "{\"type\":\"COMPLAINT\",\"channel\":\"HOTLINE\",\"complainant\":{\"name\":\"张三\",\"phone\":\"" + phone
				+ "\",\"address\":\"河北省邯郸市丛台区人民路" + (1 + i % 200) + "号\"},\"respondent\":{\"name\":\"邯郸某电器商行\","
				+ "\"address\":\"邯郸市丛台区中华北大街8号\",\"divisionCode\":\"" + division + "\"},\"request\":\"退货退款\","
				+ "\"facts\":\"购买的冰箱不制冷\",\"amount\":" + amount + "}";
		return json.getBytes(StandardCharsets.UTF_8);
	}

	byte[] request(byte[] body) {
		String head = "POST /api/v1/cases HTTP/1.1\r\nHost: " + HOST + ":" + port + "\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n";
		byte[] h = head.getBytes(StandardCharsets.US_ASCII);
		byte[] all = Arrays.copyOf(h, h.length + body.length);
		System.arraycopy(body, 0, all, h.length, body.length);
		return all;
	}

	void run() throws Exception {
		// Pre-build every request so the dispatch loop and workers do no JSON work.
		byte[][] requests = new byte[total][];
		for (int i = 0; i < total; i++) {
			requests[i] = request(body(i));
		}
		Thread[] workers = new Thread[connections];
		for (int w = 0; w < connections; w++) {
			workers[w] = new Thread(() -> work(requests), "worker-" + w);
			workers[w].setDaemon(true);
			workers[w].start();
		}
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
		deadline = start + TimeUnit.SECONDS.toNanos((total + rate - 1) / rate) + GRACE_NANOS;
		for (int i = 0; i < total; i++) {
			long due = start + (long) i * 1_000_000_000L / rate;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			queue.put(new long[] { i, due });
		}
		long sentAll = System.nanoTime();
		for (int w = 0; w < connections; w++) {
			queue.put(new long[] { -1, 0 });
		}
		for (Thread t : workers) {
			long left = deadline - System.nanoTime();
			if (left > 0) {
				t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
		long end = System.nanoTime();
		report(start, sentAll, end);
	}

	void work(byte[][] requests) {
		Socket socket = null;
		InputStream in = null;
		OutputStream out = null;
		byte[] buf = new byte[64 * 1024];
		try {
			while (true) {
				long[] job = queue.take();
				int i = (int) job[0];
				if (i < 0 || System.nanoTime() > deadline) {
					break;
				}
				int b = busy.incrementAndGet();
				maxBusy.accumulateAndGet(b, Math::max);
				try {
					if (socket == null) {
						socket = new Socket();
						socket.setTcpNoDelay(true);
						socket.setSoTimeout(READ_TIMEOUT_MS);
						socket.connect(new InetSocketAddress(HOST, port), READ_TIMEOUT_MS);
						in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
						out = socket.getOutputStream();
					}
					out.write(requests[i]);
					out.flush();
					int code = readResponse(in, buf);
					done[i] = System.nanoTime();
					latency[i] = done[i] - job[1];
					status[i] = Math.abs(code);
					if (code < 0) {
						// Tomcat ends a keep-alive connection after maxKeepAliveRequests (100): open a new one.
						close(socket);
						socket = null;
						reconnects.incrementAndGet();
					}
				}
				catch (IOException ex) {
					ioErrors.incrementAndGet();
					latency[i] = System.nanoTime() - job[1];
					status[i] = 0;
					close(socket);
					socket = null;
				}
				finally {
					busy.decrementAndGet();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			close(socket);
		}
	}

	static void close(Socket s) {
		if (s != null) {
			try {
				s.close();
			}
			catch (IOException ignored) {
			}
		}
	}

	/**
	 * Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status code, negated when the server
	 * said {@code Connection: close}.
	 */
	static int readResponse(InputStream in, byte[] buf) throws IOException {
		String statusLine = line(in);
		if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
			throw new IOException("bad status line: " + statusLine);
		}
		int code = Integer.parseInt(statusLine.substring(9, 12));
		long contentLength = -1;
		boolean chunked = false;
		boolean closeAfter = false;
		String header;
		while (!(header = line(in)).isEmpty()) {
			int colon = header.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			if (name.equals("content-length")) {
				contentLength = Long.parseLong(value);
			}
			else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
				chunked = true;
			}
			else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
				closeAfter = true;
			}
		}
		if (chunked) {
			while (true) {
				String sizeLine = line(in);
				int semi = sizeLine.indexOf(';');
				long size = Long.parseLong((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).trim(), 16);
				if (size == 0) {
					while (!line(in).isEmpty()) {
						// trailers
					}
					break;
				}
				skip(in, size, buf);
				line(in);
			}
		}
		else if (contentLength > 0) {
			skip(in, contentLength, buf);
		}
		return closeAfter ? -code : code;
	}

	static void skip(InputStream in, long n, byte[] buf) throws IOException {
		while (n > 0) {
			int r = in.read(buf, 0, (int) Math.min(buf.length, n));
			if (r < 0) {
				throw new IOException("eof in body");
			}
			n -= r;
		}
	}

	static String line(InputStream in) throws IOException {
		StringBuilder sb = new StringBuilder(64);
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				int len = sb.length();
				if (len > 0 && sb.charAt(len - 1) == '\r') {
					sb.setLength(len - 1);
				}
				return sb.toString();
			}
			sb.append((char) c);
			if (sb.length() > 16 * 1024) {
				throw new IOException("header line too long");
			}
		}
		throw new IOException("eof");
	}

	void report(long start, long sentAll, long end) {
		int ok = 0;
		int non201 = 0;
		int notCompleted = 0;
		int io = 0;
		long[] measured = new long[measuredCount];
		int n = 0;
		java.util.TreeMap<Integer, Integer> codes = new java.util.TreeMap<>();
		for (int i = warmupCount; i < total; i++) {
			if (latency[i] < 0) {
				notCompleted++;
				continue;
			}
			measured[n++] = latency[i];
			codes.merge(status[i], 1, Integer::sum);
			if (status[i] == 201) {
				ok++;
			}
			else if (status[i] == 0) {
				io++;
			}
			else {
				non201++;
			}
		}
		long[] sorted = Arrays.copyOf(measured, n);
		Arrays.sort(sorted);
		double measuredSeconds = (double) measuredCount / rate;
		int errors = non201 + io + notCompleted;
		// Throughput achieved: 201s completed inside the measured window, whichever request they answered.
		long windowStart = start + (long) warmupCount * 1_000_000_000L / rate;
		long windowEnd = start + (long) total * 1_000_000_000L / rate;
		int inWindow = 0;
		for (int i = 0; i < total; i++) {
			if (status[i] == 201 && done[i] >= windowStart && done[i] < windowEnd) {
				inWindow++;
			}
		}
		String line = String.format(Locale.ROOT,
				"RATE_RESULT target_rate=%d duration_s=%.0f requests=%d completed=%d ok201=%d non201=%d io_errors=%d "
						+ "not_completed=%d errors=%d achieved_rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f "
						+ "max_ms=%.2f mean_ms=%.2f max_in_flight=%d connections=%d reconnects=%d dispatch_lag_ms=%.1f",
				rate, measuredSeconds, measuredCount, n, ok, non201, io, notCompleted, errors, inWindow / measuredSeconds,
				pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9), ms(n == 0 ? 0 : sorted[n - 1]),
				mean(sorted), maxBusy.get(), connections, reconnects.get(),
				ms(sentAll - (start + (long) (total - 1) * 1_000_000_000L / rate)));
		System.out.println(line);
		System.out.println("status codes (measured part): " + codes);
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return ms(sorted[Math.max(0, Math.min(sorted.length - 1, idx))]);
	}

	static double mean(long[] sorted) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (long v : sorted) {
			sum += v;
		}
		return ms((long) (sum / sorted.length));
	}

	static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
