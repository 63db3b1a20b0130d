package org.harapan.ui.casework.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.harapan.store.StoreLocation;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File > Import households CSV… as a job: good rows stored, the bad one named, the summary announced. */
@ExtendWith(ScreenshotOnFailure.class)
class ImportCsvJobTest {

	@TempDir
	Path dir;

	@Test
	void importsTheGoodRowsAndAnnouncesTheRejectedOne() throws Exception {
		Path csv = dir.resolve("kpm.csv"); //$NON-NLS-1$
		Files.writeString(csv, String.join("\n", //$NON-NLS-1$
				"kpm_id,desa_code,nik,name,sex,birth_date,relation", //$NON-NLS-1$
				"KPM-IMP-1,64.01.05.2005,6401054506900001,Siti Aminah,female,1990-06-05,head", //$NON-NLS-1$
				"KPM-IMP-2,64.01.05.2005,12345,Nur Hasanah,female,1991-02-01,head", //$NON-NLS-1$
				""), StandardCharsets.UTF_8); //$NON-NLS-1$
		ImportCsvJob job = new ImportCsvJob(ImportCsvJob.Kind.HOUSEHOLDS, csv,
				StoreLocation.embedded(dir.resolve("store"))); //$NON-NLS-1$
		job.schedule();
		Workbench.waitUntil(() -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE, "the import", 60); //$NON-NLS-1$
		assertEquals(1, job.summary().inserted());
		assertEquals(1, job.summary().rejectedRows());
		IStatus outcome = job.outcome();
		assertEquals(IStatus.WARNING, outcome.getSeverity(), outcome.toString());
		String line = Workbench.language().equals("id") ? "kpm.csv baris 3, kolom nik" : "kpm.csv line 3, column nik"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(outcome.getChildren()[0].getMessage().startsWith(line), outcome.getChildren()[0].getMessage());
		Workbench.waitUntil(() -> dialog() != null, "the announcement", 10); //$NON-NLS-1$
		Shell announced = dialog();
		Workbench.screenshot("import-announced-" + Workbench.language()); //$NON-NLS-1$
		announced.close();
	}

	/** The message dialog the import announced its result in. */
	private static Shell dialog() {
		for (Shell s : Display.getCurrent().getShells()) {
			if (s.isVisible() && s.getParent() != null && s.getText().startsWith("Harapan Workbench:")) { //$NON-NLS-1$
				return s;
			}
		}
		return null;
	}
}
