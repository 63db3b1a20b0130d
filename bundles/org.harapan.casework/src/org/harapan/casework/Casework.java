package org.harapan.casework;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.model.Household;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.CaseReader;
import org.harapan.store.DocumentStore;
import org.harapan.store.HouseholdQuery;

/**
 * A casework session on one store: the one way to change a household. Every change is loaded, applied,
 * validated and saved in one step and comes back as a {@link ChangeResult} whose diagnostic points at the
 * object and field at fault; a conflicting save is refused, never merged. Every save writes an audit row with
 * {@link #user()} and posts a {@link HouseholdEvents#CHANGED} event. The read-only queries of the store
 * ({@link CaseReader}) pass through. Close it when done.
 */
public interface Casework extends CaseReader, AutoCloseable {

	/** The user the product records for the documents it ships, stored on a store's first use. */
	String SYSTEM_USER = "system"; //$NON-NLS-1$

	/** The user changes are recorded for in the audit trail: the logged-in user (or the single user of a store without users). */
	String user();

	/**
	 * Who this session works for and what it sees: the store answers only the households of its regions (queries,
	 * search, streams for rules, disbursement and export, statistics), and saves of others are refused and audited.
	 */
	Access access();

	/** The users of the store (an administrator's work; see {@link UserAdministration}). */
	UserAdministration users();

	/**
	 * Writes an audit row for an event of this session's user other than a change or a household read (which this
	 * session audits itself): an export, a rule-set installation ({@link org.harapan.store.AuditEvent} actions).
	 */
	void audit(String action, String kpmId, String detail);

	/**
	 * Checks that this session's user installs and uninstalls rule sets (regional IT, an administrator, the one user
	 * of a store without users); else the refusal, saying {@code what} was refused, is audited and thrown as
	 * {@link AccessDeniedException}. The change itself is audited by the caller with {@link #audit}
	 * ({@link org.harapan.store.AuditEvent#INSTALL}, {@link org.harapan.store.AuditEvent#UNINSTALL}), done or failed.
	 */
	void checkRuleSetChange(String what);

	/**
	 * The audit trail, oldest first (administrators and district supervisors; others get
	 * {@link AccessDeniedException}). The product offers no way to change it.
	 */
	List<AuditEvent> auditTrail(AuditQuery query);

	/**
	 * Loads one household with everything it contains, at its stored version; empty when it is not stored or outside
	 * the session's regions. Each read writes an audit row.
	 */
	Optional<Household> load(String kpmId);

	/**
	 * Loads household {@code kpmId}, applies {@code change}, validates and saves it. {@code NOT_FOUND} when it is
	 * not stored, {@code INVALID} (nothing saved) when the changed household breaks a validation rule,
	 * {@code CONFLICT} when someone else saved it meanwhile, {@code UNCHANGED} when the change changed nothing.
	 */
	ChangeResult change(String kpmId, String description, HouseholdChange change);

	/**
	 * Validates and saves an edited household (loaded from this casework and changed, e.g. an editor's copy) or a
	 * new one (version 0); on success its version is the stored one.
	 */
	ChangeResult save(Household edited, String description);

	/**
	 * Saves many households (imports, demo) in batches, validated, one transaction per batch; invalid or
	 * conflicting ones are reported in the result and skipped. The iterator may be consumed on another thread.
	 * One {@link HouseholdEvents#SAVED_ALL} event is posted at the end.
	 */
	BulkResult saveAll(Iterator<Household> households, String description, IProgressMonitor monitor);

	/**
	 * Streams the matching households in KPM id order to {@code action} on the calling thread; fast enough for the
	 * rule evaluation of a whole kabupaten (pages are read and decoded ahead on other threads).
	 */
	void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor);

	/** {@link #forEach(HouseholdQuery, Consumer, IProgressMonitor)} of every household. */
	void forEachHousehold(Consumer<Household> action, IProgressMonitor monitor);

	/** Validates a household as a save would (store-wide NIK uniqueness included), without saving it. */
	Diagnostic validate(Household household);

	/** Recomputes the growth index of every household (after the reference tables changed). */
	void reindex(IProgressMonitor monitor);

	/**
	 * The versioned documents (curricula, programmes) of the store. Every role reads them; saving a draft (a new
	 * version, an import) and publishing need a programme designer or an administrator (or the one user of a store
	 * without users): others are refused with the reason in the result, and the refusal is audited. Writes are
	 * recorded with {@link #user()}.
	 */
	DocumentStore documents();

	/**
	 * The documents as the product stores those it ships (the national P2K2 curriculum) on a store's first use,
	 * recorded as {@value #SYSTEM_USER} whatever this session's role: a document of which no version is stored yet
	 * is saved, and that version published; any other write is checked as {@link #documents()} checks it.
	 */
	DocumentStore shippedDocuments();

	/** Whether the store holds no household. */
	boolean isEmpty();

	@Override
	void close();
}
