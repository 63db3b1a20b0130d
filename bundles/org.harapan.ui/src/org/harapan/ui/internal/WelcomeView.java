package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The first view a case worker sees: what the product is, its version and the active data folder. */
public class WelcomeView extends ViewPart {

	public static final String ID = "org.harapan.ui.views.welcome"; //$NON-NLS-1$

	private Label title;
	private Label version;
	private Label dataFolder;
	private Label language;
	private Label store;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(24, 24).spacing(8, 12).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(Messages.Welcome_Title);
		Label intro = new Label(parent, SWT.WRAP);
		intro.setText(Messages.Welcome_Intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);
		version = new Label(parent, SWT.NONE);
		version.setText(NLS.bind(Messages.Welcome_Version, ProductInfo.version()));
		dataFolder = new Label(parent, SWT.NONE);
		dataFolder.setText(NLS.bind(Messages.Welcome_DataFolder, DataFolder.resolve()));
		language = new Label(parent, SWT.NONE);
		language.setText(NLS.bind(Messages.Welcome_Language, Messages.Welcome_LanguageName));
		store = new Label(parent, SWT.WRAP);
		store.setText(Messages.Welcome_StoreOpening);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(store);
		trackStore();
	}

	private void trackStore() {
		IEclipseContext context = getSite().getService(IEclipseContext.class);
		context.runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext tracked) {
				CaseStoreJob.Summary summary = tracked.get(CaseStoreJob.Summary.class);
				if (store.isDisposed()) {
					return false;
				}
				if (summary != null) {
					store.setText(summary.text());
					store.getParent().layout(true);
				}
				return true;
			}
		});
	}

	@Override
	public void setFocus() {
		title.setFocus();
	}

	public String titleText() {
		return title.getText();
	}

	public String versionText() {
		return version.getText();
	}

	public String dataFolderText() {
		return dataFolder.getText();
	}

	public String storeText() {
		return store.getText();
	}

	public String languageText() {
		return language.getText();
	}
}
