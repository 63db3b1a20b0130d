package org.harapan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Facts about the running product: its version and the attributions its bundles declare. */
public final class ProductInfo {

	/** Manifest header in which a bundle names the third-party work it includes or uses. */
	public static final String ATTRIBUTION_HEADER = "Harapan-Attribution"; //$NON-NLS-1$

	private ProductInfo() {
	}

	public static String version() {
		Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
		return bundle == null ? "development" : bundle.getVersion().toString(); //$NON-NLS-1$
	}

	/** One line per attribution, from every installed bundle's {@value #ATTRIBUTION_HEADER} header. */
	public static List<String> attributions() {
		Bundle self = FrameworkUtil.getBundle(ProductInfo.class);
		List<String> lines = new ArrayList<>();
		if (self == null) {
			return lines;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			String header = bundle.getHeaders("").get(ATTRIBUTION_HEADER); //$NON-NLS-1$
			if (header == null) {
				continue;
			}
			for (String part : header.split(";")) { //$NON-NLS-1$
				String line = part.strip();
				if (!line.isEmpty() && !lines.contains(line)) {
					lines.add(line);
				}
			}
		}
		return lines;
	}
}
