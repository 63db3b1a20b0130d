package org.harapan.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.ChildIndexer;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;

/**
 * Opens JDBC case stores: embedded H2 files, H2 servers and PostgreSQL. Children under five are indexed by the
 * {@link ChildIndexer} the caller passes (the store knows nothing of growth). Outside OSGi, construct it directly.
 */
@Component(service = CaseStoreService.class)
public final class JdbcCaseStoreService implements CaseStoreService {

	private final Clock clock;
	/** Shared by every store this service opens: reads a user waits for go before background streams. */
	private final InteractiveFirst interactiveFirst;

	public JdbcCaseStoreService() {
		this(Clock.systemDefaultZone());
	}

	/** H2's "Database may be already in use" (90020): a process that does not share the file holds it. */
	static final int H2_DATABASE_IN_USE = 90020;
	/** H2's "Wrong user name or password" (28000) and "Encryption error in file" (90049). */
	static final int H2_WRONG_PASSWORD = 28000;
	static final int H2_ENCRYPTION_ERROR = 90049;

	/** For plain Java and tests: the clock that says what today is. */
	public JdbcCaseStoreService(Clock clock) {
		this(clock, new InteractiveFirst(InteractiveFirst.MAX_PAUSE_MILLIS));
	}

	/** For tests: streams paused as {@code interactiveFirst} says. */
	JdbcCaseStoreService(Clock clock, InteractiveFirst interactiveFirst) {
		this.clock = clock;
		this.interactiveFirst = interactiveFirst;
	}

	@Override
	public CaseStore open(StoreLocation location, ChildIndexer indexer, IProgressMonitor monitor) {
		return openStore(location, indexer, monitor);
	}

	@Override
	public boolean isEncrypted(StoreLocation location) {
		return StoreEncryption.isEncrypted(location);
	}

	@Override
	public StoreLocation unlock(StoreLocation location, char[] password) {
		return StoreEncryption.unlock(location, password);
	}

	@Override
	public String owner(StoreLocation location) {
		return StoreEncryption.owner(location);
	}

	@Override
	public void encrypt(StoreLocation location, String owner, char[] password, IProgressMonitor monitor) {
		StoreEncryption.encrypt(location, owner, password, monitor);
	}

	@Override
	public List<String> grantApplicationRole(StoreLocation location, String role, char[] password,
			IProgressMonitor monitor) {
		if (!location.isPostgres()) {
			throw new StoreException("Only a PostgreSQL store has an application role; " + location //$NON-NLS-1$
					+ " is not one (an embedded store has one user at a time: see 'store encrypt')"); //$NON-NLS-1$
		}
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		try (JdbcCaseStore store = openStore(location, sub.split(1))) {
			try {
				return ApplicationRole.grant(store.connection(), role, password);
			} catch (SQLException e) {
				store.rollback();
				throw store.failure("Granting the application role " + role, e); //$NON-NLS-1$
			}
		}
	}

	/** {@link #open} without growth scores, with the implementation type. */
	public JdbcCaseStore openStore(StoreLocation location, IProgressMonitor monitor) {
		return openStore(location, ChildIndexer.NONE, monitor);
	}

	/** {@link #open} with the implementation type. */
	public JdbcCaseStore openStore(StoreLocation location, ChildIndexer indexer, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, "Opening the case store " + location, 20); //$NON-NLS-1$
		Dialect dialect = Dialect.of(location.jdbcUrl());
		createFolder(location);
		Connection connection;
		try {
			connection = dialect.connect(location);
		} catch (SQLException e) {
			if (e.getErrorCode() == H2_DATABASE_IN_USE) {
				throw new StoreException(NLS.bind(Messages.storeInUse, location), e);
			}
			if (StoreEncryption.isEncrypted(location)
					&& (e.getErrorCode() == H2_WRONG_PASSWORD || e.getErrorCode() == H2_ENCRYPTION_ERROR)) {
				throw new StoreException(NLS.bind(Messages.wrongStorePassword, location, owner(location)), e);
			}
			throw new StoreException("Cannot open the case store at " + location + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		sub.worked(2);
		try {
			int before = Migrations.versionBefore(connection);
			int version = Migrations.migrate(connection, dialect, sub.split(8));
			JdbcCaseStore store = new JdbcCaseStore(location, dialect, connection, version,
					indexer == null ? ChildIndexer.NONE : indexer, clock, interactiveFirst);
			// households stored before the case-work conditions or the search keys were indexed
			if (before > 0 && before < Migrations.versionOf("search_index")) { //$NON-NLS-1$
				Reindexer.completeIndex(store, sub.split(10));
			}
			return store;
		} catch (SQLException | RuntimeException e) {
			try {
				connection.close();
			} catch (SQLException suppressed) {
				e.addSuppressed(suppressed);
			}
			if (e instanceof StoreException se) {
				throw se;
			}
			throw new StoreException("Cannot open the case store at " + location + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Embedded H2 files live in a folder that may not exist yet. */
	private static void createFolder(StoreLocation location) {
		String url = location.jdbcUrl();
		if (!url.startsWith("jdbc:h2:file:")) { //$NON-NLS-1$
			return;
		}
		String path = url.substring("jdbc:h2:file:".length()); //$NON-NLS-1$
		int semicolon = path.indexOf(';');
		if (semicolon >= 0) {
			path = path.substring(0, semicolon);
		}
		if (path.startsWith("~")) { //$NON-NLS-1$
			return;
		}
		Path parent = Path.of(path).toAbsolutePath().getParent();
		try {
			if (parent != null) {
				Files.createDirectories(parent);
			}
		} catch (IOException e) {
			throw new StoreException("Cannot create the store folder " + parent + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
