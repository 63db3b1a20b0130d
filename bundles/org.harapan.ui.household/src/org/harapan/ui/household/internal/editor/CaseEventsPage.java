package org.harapan.ui.household.internal.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.edit.labels.LabelItemProviders;

/**
 * The case events page: above the household's events (the audit trail, the rules' decisions, notes), the case
 * worker writes a new one (a note or a home visit, its date, the note), added with one command; their own events
 * can be changed and removed until the file is saved.
 */
public final class CaseEventsPage {

	/** The kinds of event a case worker writes; the others are written by casework and the rules. */
	public static final List<CaseEventKind> KINDS = List.of(CaseEventKind.NOTE, CaseEventKind.HOME_VISIT);

	private final FileContext file;
	private final Combo kind;
	private final DateTime date;
	private final Text note;
	private final Button add;
	private final Label message;
	private final ListPage.Shown list;

	public CaseEventsPage(Composite parent, FileContext file) {
		this.file = file;
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);
		Composite entry = new Composite(page, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(7).applyTo(entry);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
		new Label(entry, SWT.NONE).setText(Messages.Events_New);
		new Label(entry, SWT.NONE).setText(Messages.Events_Kind);
		kind = new Combo(entry, SWT.READ_ONLY);
		KINDS.forEach(k -> kind.add(LabelItemProviders.literal(k)));
		kind.select(0);
		new Label(entry, SWT.NONE).setText(Messages.Events_Date);
		date = new DateTime(entry, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		new Label(entry, SWT.NONE).setText(Messages.Events_Note);
		note = new Text(entry, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, note.getLineHeight() * 3).applyTo(note);
		add = new Button(entry, SWT.PUSH);
		add.setText(Messages.Events_Add);
		GridDataFactory.swtDefaults().span(7, 1).align(SWT.END, SWT.CENTER).applyTo(add);
		message = new Label(entry, SWT.WRAP);
		message.setText(Messages.Events_Hint);
		GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(message);

		list = RecordPages.EVENTS.create(page, file, h -> h, null);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.control());
		note.addListener(SWT.Modify, e -> update());
		date.addListener(SWT.Selection, e -> update());
		add.addListener(SWT.Selection, e -> addEvent());
		file.onChange(this::update);
		update();
	}

	/** The day chosen. */
	private LocalDate day() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	private void update() {
		if (add.isDisposed()) {
			return;
		}
		boolean future = day().isAfter(LocalDate.now());
		message.setText(future ? Messages.Events_Future : Messages.Events_Hint);
		add.setEnabled(file.household() != null && file.user() != null && !future && !note.getText().isBlank());
	}

	/** Adds the event written (one command: undo removes it), on the chosen day at the time of writing. */
	private void addEvent() {
		if (!add.isEnabled()) {
			return;
		}
		CaseEvent event = HarapanFactory.eINSTANCE.createCaseEvent();
		event.setKind(KINDS.get(Math.max(0, kind.getSelectionIndex())));
		event.setWhen(day().atTime(LocalTime.now().truncatedTo(ChronoUnit.SECONDS)).atZone(ZoneId.systemDefault())
				.toInstant());
		event.setWho(file.user());
		event.setText(note.getText().strip());
		file.domain().add(file.household(), Literals.HOUSEHOLD__EVENTS, event);
		note.setText(""); //$NON-NLS-1$
		list.viewer().setSelection(new StructuredSelection(event), true);
	}

	/** Fills in the entry as a user would (for tests): the kind, the day, the note. */
	public void write(CaseEventKind eventKind, LocalDate day, String text) {
		kind.select(KINDS.indexOf(eventKind));
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		date.notifyListeners(SWT.Selection, new Event());
		note.setText(text);
	}

	/** The Add button. */
	public Button addButton() {
		return add;
	}

	/** The events table. */
	public ListPage.Shown list() {
		return list;
	}

	/** The line under the entry (a hint, or why the event cannot be added). */
	public String message() {
		return message.getText();
	}
}
