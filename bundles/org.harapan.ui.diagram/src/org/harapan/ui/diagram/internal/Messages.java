package org.harapan.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the diagrams (messages.properties, messages_id.properties). */
public final class Messages extends NLS {
	public static String Diagram_ZoomIn;
	public static String Diagram_ZoomOut;
	public static String Diagram_ZoomReset;
	public static String Diagram_ZoomFit;
	public static String Diagram_ExportPng;
	public static String Diagram_ExportSvg;
	public static String Diagram_ExportFailed;
	public static String Diagram_ExportFailedDetail;
	public static String View_NoDiagram;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
