package org.redshield.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.redshield.shared.DatabaseProperties;

/**
 * Evidence files (证据材料) attached to an online submission: images and PDF only, recognised by their first bytes
 * whatever the file is called, each at most {@link PortalProperties#maxAttachmentBytes()}. Files live outside the
 * database, under {@code <data-dir>/attachments/ab/abcdef...} named by their SHA-256; a row per case records the
 * original name, type, size and checksum. A submission that fails leaves no file and no row.
 */
@Component
class Attachments {

	/** A file's content as uploaded. */
	record Upload(String originalName, byte[] content) {
	}

	/** A file that passed the checks, with its type as its content says. */
	record Checked(String originalName, String contentType, byte[] content, String sha256) {
	}

	/** A file refused: too large (413), too many (413) or not an image or PDF (415). */
	static final class RejectedException extends RuntimeException {

		enum Why {
			TOO_LARGE, TOO_MANY, TYPE
		}

		private final Why why;

		private final String fileName;

		RejectedException(Why why, String fileName) {
			super("Attachment refused: " + why + " " + fileName);
			this.why = why;
			this.fileName = fileName;
		}

		Why why() {
			return why;
		}

		String fileName() {
			return fileName;
		}
	}

	private final Path root;

	private final PortalProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	Attachments(DatabaseProperties database, PortalProperties properties, JdbcClient jdbc, Clock clock) {
		this.root = database.dataDir().toAbsolutePath().resolve("attachments");
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Path root() {
		return root;
	}

	/** Checks every file before anything is stored; empty file inputs (nothing chosen) are skipped. */
	List<Checked> check(List<Upload> uploads) {
		List<Upload> present = uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
		if (present.size() > properties.maxAttachments()) {
			throw new RejectedException(RejectedException.Why.TOO_MANY, null);
		}
		List<Checked> checked = new ArrayList<>();
		for (Upload u : present) {
			String name = safeName(u.originalName());
			if (u.content().length > properties.maxAttachmentBytes()) {
				throw new RejectedException(RejectedException.Why.TOO_LARGE, name);
			}
			String type = sniff(u.content())
				.orElseThrow(() -> new RejectedException(RejectedException.Why.TYPE, name));
			checked.add(new Checked(name, type, u.content(), sha256(u.content())));
		}
		return checked;
	}

	/** The content type by magic bytes: PNG, JPEG, GIF, WebP, PDF; anything else is refused. */
	static Optional<String> sniff(byte[] b) {
		if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of("image/gif");
		}
		if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		if (startsWith(b, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] b, int offset, int... magic) {
		if (b.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[offset + i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Writes the files and their rows inside the caller's transaction; on rollback the files this call created are
	 * deleted again (a file already there from another case stays).
	 */
	void store(String caseNumber, List<Checked> files) {
		List<Path> created = new ArrayList<>();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						// Another submission may have committed the same file meanwhile: keep it if a row names it.
						created.stream().filter(p -> unreferenced(p.getFileName().toString()))
							.forEach(Attachments::deleteQuietly);
					}
				}
			});
		}
		for (Checked f : files) {
			Path target = pathOf(f.sha256());
			try {
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					Path tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
					try {
						Files.write(tmp, f.content());
						move(tmp, target);
					}
					finally {
						Files.deleteIfExists(tmp);
					}
					created.add(target);
				}
			}
			catch (IOException ex) {
				created.forEach(Attachments::deleteQuietly);
				throw new UncheckedIOException(ex);
			}
			jdbc.sql("""
					insert into portal_attachment (case_number, original_name, content_type, size_bytes, sha256, created_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(caseNumber, f.originalName(), f.contentType(), (long) f.content().length, f.sha256(),
						Timestamp.from(clock.instant()))
				.update();
		}
	}

	private boolean unreferenced(String sha256) {
		return jdbc.sql("select count(*) from portal_attachment where sha256 = ?").param(sha256).query(Long.class).single() == 0;
	}

	Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** The attachments of a case, for the tracking page (names and sizes only). */
	List<Stored> of(String caseNumber) {
		return jdbc.sql("""
				select original_name, content_type, size_bytes from portal_attachment where case_number = ? order by id
				""").param(caseNumber).query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
	}

	record Stored(String originalName, String contentType, long sizeBytes) {

		public long kilobytes() {
			return Math.max(1, (sizeBytes + 1023) / 1024);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path p) {
		try {
			Files.deleteIfExists(p);
		}
		catch (IOException ignored) {
			// left for the operator: an orphan file named by its checksum harms nobody
		}
	}

	/** The name without any directory part and control characters, at most 200 characters. */
	static String safeName(String name) {
		String n = name == null ? "" : name.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (n.isEmpty()) {
			n = "file";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
