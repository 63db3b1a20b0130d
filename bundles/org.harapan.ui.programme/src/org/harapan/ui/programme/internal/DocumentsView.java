package org.harapan.ui.programme.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.harapan.curriculum.Curriculum;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.store.Workplace;
import org.harapan.ui.cases.Services;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.harapan.ui.curriculum.CurriculumUi;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeInput;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The designer's documents: the programme documents of the installed rule sets (national and regional; opened
 * read-only, saved as a copy) and the programme files of the data folder's {@code programmes} folder. Double-click
 * opens one in the programme editor.
 */
public class DocumentsView extends ViewPart {

	public static final String ID = "org.harapan.ui.programme.documents"; //$NON-NLS-1$
	/** The folder of the data folder where the designer's programme files are kept. */
	public static final String FOLDER = "programmes"; //$NON-NLS-1$

	/** A group of the tree with its documents ({@link Programme} or {@link Path}). */
	record Group(String name, List<Object> documents) {
	}

	private TreeViewer tree;

	@Override
	public void createPartControl(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group g) {
					return g.name();
				}
				if (element instanceof Programme p) {
					return ProgrammeLabels.text(p) + " (" + p.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (element instanceof StoreDocuments.Stored s) {
					return NLS.bind(Messages.Documents_Version, new Object[] { s.info().title(), s.info().id(),
							s.info().version(), s.info().isPublished() ? Messages.Documents_Published : Messages.Documents_Draft });
				}
				return element instanceof Path f ? f.getFileName().toString() : String.valueOf(element);
			}
		});
		tree.addDoubleClickListener(e -> open(tree.getStructuredSelection().getFirstElement()));
		getSite().setSelectionProvider(tree); // the Diagram view shows the flow of a selected curriculum
		tree.setInput(List.of(new Group(Messages.Documents_Loading, List.of())));
		refresh();
	}

	/** Reads the installed rule sets and the data folder's programme files again (in a job). */
	public void refresh() {
		Display display = tree.getControl().getDisplay();
		Job job = Job.create(Messages.Documents_Job, monitor -> {
			try {
				List<Group> groups = groups();
				display.asyncExec(() -> {
					if (!tree.getControl().isDisposed()) {
						tree.setInput(groups);
						tree.expandAll();
					}
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static List<Group> groups() throws InterruptedException {
		Map<String, Object> installed = new LinkedHashMap<>();
		RuleEngine engine = Services.await(RuleEngine.class).orElse(null);
		if (engine != null) {
			for (RuleSet s : engine.ruleSets()) {
				for (Programme p : s.programmes()) {
					installed.putIfAbsent(p.getId(), p);
				}
			}
		}
		List<Object> files = new ArrayList<>();
		Path folder = Services.await(Workplace.class).flatMap(Workplace::dataFolder).map(d -> d.resolve(FOLDER))
				.orElse(null);
		if (folder != null && Files.isDirectory(folder)) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(f -> f.toString().endsWith("." + ProgrammeDocuments.EXTENSION)).sorted().forEach(files::add); //$NON-NLS-1$
			} catch (IOException e) {
				ILog.of(DocumentsView.class).error("listing " + folder, e); //$NON-NLS-1$
			}
		}
		StoreDocuments.Listing store = StoreDocuments.read();
		return List.of(new Group(Messages.Documents_Installed, new ArrayList<>(installed.values())),
				new Group(Messages.Documents_Files, files), new Group(Messages.Documents_StoreProgrammes, store.programmes()),
				new Group(Messages.Documents_Curricula, store.curricula()));
	}

	/** The data folder's {@code programmes} folder (made when missing), where copies are saved; empty without one. */
	public static java.util.Optional<Path> folder() {
		try {
			java.util.Optional<Path> folder = Services.await(Workplace.class).flatMap(Workplace::dataFolder)
					.map(d -> d.resolve(FOLDER));
			if (folder.isPresent()) {
				Files.createDirectories(folder.get());
			}
			return folder;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return java.util.Optional.empty();
		} catch (IOException e) {
			ILog.of(DocumentsView.class).error("creating the programmes folder", e); //$NON-NLS-1$
			return java.util.Optional.empty();
		}
	}

	/** Lists the documents again in the navigator of {@code page}, when it shows one. */
	public static void refreshIn(IWorkbenchPage page) {
		if (page != null && page.findView(ID) instanceof DocumentsView documents) {
			documents.refresh();
		}
	}

	/** Opens a document of the tree in the programme editor. */
	public void open(Object element) {
		Object document = element instanceof StoreDocuments.Stored s ? s.document() : element;
		if (element instanceof StoreDocuments.Stored s && document instanceof Curriculum) {
			try { // the curriculum editor, on the data folder's store
				CurriculumUi.open(getSite().getPage(), new CurriculumEditorInput(null, s.info().id(), s.info().version()));
			} catch (PartInitException e) {
				ILog.of(getClass()).error("opening curriculum " + s.info().id(), e); //$NON-NLS-1$
			}
			return;
		}
		ProgrammeInput input = element instanceof StoreDocuments.Stored s && document instanceof Programme
				? ProgrammeInput.stored(null, s.info().id(), s.info().version())
				: document instanceof Programme p ? ProgrammeInput.installed(p)
				: document instanceof Path f ? ProgrammeInput.of(f) : null;
		if (input == null) {
			return;
		}
		try {
			getSite().getPage().openEditor(input, ProgrammeEditor.ID);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("opening " + input.getName(), e); //$NON-NLS-1$
		}
	}

	/** The tree (tests). */
	public TreeViewer tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group g ? g.documents().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group g && !g.documents().isEmpty();
		}
	}
}
