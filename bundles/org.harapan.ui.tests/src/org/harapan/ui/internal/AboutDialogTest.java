package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Help &gt; About shows the version and the attributions every installed bundle declares. */
@ExtendWith(Screenshots.class)
class AboutDialogTest {

	@Test
	void aboutDialogShowsVersionAndAttributions() throws Exception {
		AboutDialog dialog = new AboutDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			String text = dialog.text();
			assertTrue(text.contains(ProductInfo.version()), text);
			assertTrue(text.contains("Eclipse Public License 2.0"), text); //$NON-NLS-1$
			Screenshots.take("about"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}
}
