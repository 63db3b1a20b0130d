package org.harapan.ui.diagram;

/**
 * How a box is drawn: fill and border colour as {@code 0xRRGGBB} and whether its corners are rounded. The styles
 * below are the diagrams' palette (one per kind of object).
 */
public record NodeStyle(int fill, int border, boolean rounded) {

	/** A document or version (the root of a diagram). */
	public static final NodeStyle ROOT = new NodeStyle(0x1F4E79, 0x1F4E79, false);
	/** A main object (a component, a module). */
	public static final NodeStyle PRIMARY = new NodeStyle(0xDDEBF7, 0x2E75B6, true);
	/** A secondary object (a conditionality, a session). */
	public static final NodeStyle SECONDARY = new NodeStyle(0xE2EFDA, 0x548235, true);
	/** A consequence (a sanction, a warning). */
	public static final NodeStyle WARNING = new NodeStyle(0xFCE4D6, 0xC55A11, true);
	/** Something optional or regional. */
	public static final NodeStyle OPTIONAL = new NodeStyle(0xF2F2F2, 0x7F7F7F, true);

	/** Whether text on this fill should be white. */
	public boolean darkFill() {
		int r = fill >> 16 & 0xFF;
		int g = fill >> 8 & 0xFF;
		int b = fill & 0xFF;
		return r * 299 + g * 587 + b * 114 < 128_000;
	}
}
